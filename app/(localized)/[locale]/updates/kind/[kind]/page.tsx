import { notFound } from "next/navigation";
import { localeOf, type LocaleParams } from "@/components/layout/page-locale";
import { UpdatesPage } from "@/components/pages/updates-page";
import { isUpdateKind, UPDATE_KINDS } from "@/lib/updates/kinds";
import { updatesMetadata } from "@/lib/updates/metadata";

type Props = { params: Promise<LocaleParams & { kind: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return UPDATE_KINDS.map((kind) => ({ kind }));
}

export async function generateMetadata({ params }: Props) {
  const { kind, ...locale } = await params;
  return isUpdateKind(kind) ? updatesMetadata(localeOf(locale), kind) : {};
}

export default async function Page({ params }: Props) {
  const { kind, ...locale } = await params;
  if (!isUpdateKind(kind)) notFound();
  return <UpdatesPage locale={localeOf(locale)} kind={kind} />;
}
