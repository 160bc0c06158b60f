import { localeOf, type LocaleParams } from "@/components/layout/page-locale";
import { SectionPage } from "@/components/pages/section-page";
import { getSections } from "@/lib/content/sections";
import { sectionMetadata } from "@/lib/metadata";

type Props = { params: Promise<LocaleParams & { id: string }> };

export const dynamicParams = false;

// Called with the parent segments' params: { locale } under /<locale>, none at the root.
export function generateStaticParams({ params }: { params: LocaleParams & Record<string, unknown> }) {
  return getSections(localeOf(params)).map((section) => ({ id: section.id }));
}

export async function generateMetadata({ params }: Props) {
  const { id, ...locale } = await params;
  return sectionMetadata(localeOf(locale), id);
}

export default async function Page({ params }: Props) {
  const { id, ...locale } = await params;
  return <SectionPage locale={localeOf(locale)} id={id} />;
}
