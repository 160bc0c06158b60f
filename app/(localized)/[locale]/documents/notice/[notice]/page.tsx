import { notFound } from "next/navigation";
import { localeOf, type LocaleParams } from "@/components/layout/page-locale";
import { NoticePage } from "@/components/documents/notice-page";
import { documentsText, isNotice, NOTICES } from "@/lib/documents/text";
import { documentsFlowMetadata } from "@/lib/metadata";

type Props = { params: Promise<LocaleParams & { notice: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return NOTICES.map((notice) => ({ notice }));
}

export async function generateMetadata({ params }: Props) {
  const { notice, ...rest } = await params;
  const t = documentsText(localeOf(rest));
  return documentsFlowMetadata(isNotice(notice) ? t.notices[notice].title : t.title);
}

export default async function Page({ params }: Props) {
  const { notice, ...rest } = await params;
  if (!isNotice(notice)) notFound();
  return <NoticePage locale={localeOf(rest)} notice={notice} />;
}
