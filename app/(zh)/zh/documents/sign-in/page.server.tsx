// The approval mail's sign-in link: server builds only.
import { SignInPage } from "@/components/documents/sign-in-page";
import { documentsText } from "@/lib/documents/text";
import { documentsFlowMetadata } from "@/lib/metadata";

export const dynamic = "force-dynamic";
export const metadata = documentsFlowMetadata(documentsText.zh.signIn.title);

export default async function Page({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return <SignInPage locale="zh" token={typeof token === "string" ? token.slice(0, 100) : ""} action="/api/documents/sign-in" />;
}
