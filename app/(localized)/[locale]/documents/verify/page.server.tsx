// The mail link's page: server builds only (it reads the store), rendered per request.
import { pageLocale, type LocaleParams } from "@/components/layout/page-locale";
import { VerifyPage } from "@/components/documents/verify-page";
import { documentsText } from "@/lib/documents/text";
import { documentsFlowMetadata } from "@/lib/metadata";

type Props = { params: Promise<LocaleParams>; searchParams: Promise<{ token?: string | string[] }> };

export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props) {
  return documentsFlowMetadata(documentsText(await pageLocale(props)).nda.title);
}

export default async function Page(props: Props) {
  const { token } = await props.searchParams;
  return <VerifyPage locale={await pageLocale(props)} token={typeof token === "string" ? token.slice(0, 100) : ""} />;
}
