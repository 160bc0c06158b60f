import { UpdatePage } from "@/components/pages/update-page";
import { updateMetadata } from "@/lib/metadata";
import { getUpdates } from "@/lib/updates/updates";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getUpdates("en").map((update) => ({ id: update.id }));
}

export async function generateMetadata({ params }: Props) {
  return updateMetadata("en", (await params).id);
}

export default async function Page({ params }: Props) {
  return <UpdatePage locale="en" id={(await params).id} />;
}
