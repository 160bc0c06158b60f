import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { HomePage } from "@/components/pages/home-page";
import { homeMetadata } from "@/lib/metadata";

export async function generateMetadata(props: LocaleRouteProps) {
  return homeMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <HomePage locale={await pageLocale(props)} />;
}
