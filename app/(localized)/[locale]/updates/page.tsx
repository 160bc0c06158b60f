import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { UpdatesPage } from "@/components/pages/updates-page";
import { updatesMetadata } from "@/lib/updates/metadata";

export const dynamicParams = false;

export async function generateMetadata(props: LocaleRouteProps) {
  return updatesMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <UpdatesPage locale={await pageLocale(props)} />;
}
