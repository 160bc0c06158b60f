import { notFound } from "next/navigation";
import { UpdatesPage } from "@/components/pages/updates-page";
import { updatesMetadata } from "@/lib/metadata";
import { isUpdateKind, UPDATE_KINDS } from "@/lib/updates/kinds";

type Props = { params: Promise<{ kind: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return UPDATE_KINDS.map((kind) => ({ kind }));
}

export async function generateMetadata({ params }: Props) {
  const { kind } = await params;
  return isUpdateKind(kind) ? updatesMetadata("en", kind) : {};
}

export default async function Page({ params }: Props) {
  const { kind } = await params;
  if (!isUpdateKind(kind)) notFound();
  return <UpdatesPage locale="en" kind={kind} />;
}
