// An approver's mail link: server builds only.
import { DecidePage } from "@/components/documents/decide-page";
import { documentsText } from "@/lib/documents/text";
import { defaultLocale } from "@/lib/i18n/locales";
import { documentsFlowMetadata } from "@/lib/metadata";

export const dynamic = "force-dynamic";
export const metadata = documentsFlowMetadata(documentsText(defaultLocale).decide.title);

export default async function Page({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return <DecidePage token={typeof token === "string" ? token.slice(0, 100) : ""} />;
}
