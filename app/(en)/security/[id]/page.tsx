import { SectionPage } from "@/components/pages/section-page";
import { getSections } from "@/lib/content/sections";
import { sectionMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getSections("en").map((section) => ({ id: section.id }));
}

export async function generateMetadata({ params }: Props) {
  return sectionMetadata("en", (await params).id);
}

export default async function Page({ params }: Props) {
  return <SectionPage locale="en" id={(await params).id} />;
}
