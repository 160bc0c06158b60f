import { SectionPage } from "@/components/pages/section-page";
import { getSections } from "@/lib/content/sections";
import { sectionMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getSections("zh").map((section) => ({ id: section.id }));
}

export async function generateMetadata({ params }: Props) {
  return sectionMetadata("zh", (await params).id);
}

export default async function Page({ params }: Props) {
  return <SectionPage locale="zh" id={(await params).id} />;
}
