// The mail link's page: server builds only (it reads the store), rendered per request.
import { VerifyPage } from "@/components/documents/verify-page";
import { documentsText } from "@/lib/documents/text";
import { documentsFlowMetadata } from "@/lib/metadata";

export const dynamic = "force-dynamic";
export const metadata = documentsFlowMetadata(documentsText.zh.nda.title);

export default async function Page({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return <VerifyPage locale="zh" token={typeof token === "string" ? token.slice(0, 100) : ""} />;
}
