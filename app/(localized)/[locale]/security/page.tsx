import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { WhitepaperPage } from "@/components/pages/whitepaper-page";
import { whitepaperMetadata } from "@/lib/metadata";

export async function generateMetadata(props: LocaleRouteProps) {
  return whitepaperMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <WhitepaperPage locale={await pageLocale(props)} />;
}
