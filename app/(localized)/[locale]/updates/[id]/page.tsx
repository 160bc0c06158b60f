import { localeOf, type LocaleParams } from "@/components/layout/page-locale";
import { UpdatePage } from "@/components/pages/update-page";
import { updateMetadata } from "@/lib/updates/metadata";
import { getUpdates } from "@/lib/updates/updates";

type Props = { params: Promise<LocaleParams & { id: string }> };

export const dynamicParams = false;

// Called with the parent segments' params: { locale } under /<locale>, none at the root.
export function generateStaticParams({ params }: { params: LocaleParams & Record<string, unknown> }) {
  return getUpdates(localeOf(params)).map((update) => ({ id: update.id }));
}

export async function generateMetadata({ params }: Props) {
  const { id, ...locale } = await params;
  return updateMetadata(localeOf(locale), id);
}

export default async function Page({ params }: Props) {
  const { id, ...locale } = await params;
  return <UpdatePage locale={localeOf(locale)} id={id} />;
}
