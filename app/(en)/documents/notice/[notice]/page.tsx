import { notFound } from "next/navigation";
import { NoticePage } from "@/components/documents/notice-page";
import { documentsText, NOTICES, type Notice } from "@/lib/documents/text";
import { documentsFlowMetadata } from "@/lib/metadata";

type Props = { params: Promise<{ notice: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return NOTICES.map((notice) => ({ notice }));
}

const known = (value: string): value is Notice => (NOTICES as readonly string[]).includes(value);

export async function generateMetadata({ params }: Props) {
  const { notice } = await params;
  return documentsFlowMetadata(known(notice) ? documentsText.en.notices[notice].title : documentsText.en.title);
}

export default async function Page({ params }: Props) {
  const { notice } = await params;
  if (!known(notice)) notFound();
  return <NoticePage locale="en" notice={notice} />;
}
