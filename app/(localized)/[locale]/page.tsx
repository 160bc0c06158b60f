import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { HomePage } from "@/components/pages/home-page";
import { homeMetadata } from "@/lib/metadata";

// Only the locales the layout lists: any other first segment is a 404 (from the catch-all
// [...missing] in the default locale's frame, or the global not-found page).
export const dynamicParams = false;

export async function generateMetadata(props: LocaleRouteProps) {
  return homeMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <HomePage locale={await pageLocale(props)} />;
}
