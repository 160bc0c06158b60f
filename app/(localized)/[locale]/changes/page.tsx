import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { ChangesPage } from "@/components/pages/changes-page";
import { changesMetadata } from "@/lib/updates/metadata";

export const dynamicParams = false;

export async function generateMetadata(props: LocaleRouteProps) {
  return changesMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <ChangesPage locale={await pageLocale(props)} />;
}
