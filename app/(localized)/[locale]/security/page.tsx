import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { WhitepaperPage } from "@/components/pages/whitepaper-page";
import { whitepaperMetadata } from "@/lib/metadata";

// Only the locales the layout lists: any other first segment is a 404 (from the catch-all
// [...missing] in the default locale's frame, or the global not-found page).
export const dynamicParams = false;

export async function generateMetadata(props: LocaleRouteProps) {
  return whitepaperMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <WhitepaperPage locale={await pageLocale(props)} />;
}
