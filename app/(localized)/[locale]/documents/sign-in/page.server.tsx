// The approval mail's sign-in link: server builds only.
import { pageLocale, type LocaleParams } from "@/components/layout/page-locale";
import { SignInPage } from "@/components/documents/sign-in-page";
import { documentsText } from "@/lib/documents/text";
import { documentsFlowMetadata } from "@/lib/metadata";

type Props = { params: Promise<LocaleParams>; searchParams: Promise<{ token?: string | string[] }> };

export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props) {
  return documentsFlowMetadata(documentsText(await pageLocale(props)).signIn.title);
}

export default async function Page(props: Props) {
  const { token } = await props.searchParams;
  return (
    <SignInPage
      locale={await pageLocale(props)}
      token={typeof token === "string" ? token.slice(0, 100) : ""}
      action="/api/documents/sign-in"
    />
  );
}
