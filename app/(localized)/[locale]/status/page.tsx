import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { StatusPage } from "@/components/pages/status-page";
import { statusMetadata } from "@/lib/metadata";

export async function generateMetadata(props: LocaleRouteProps) {
  return statusMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <StatusPage locale={await pageLocale(props)} />;
}
