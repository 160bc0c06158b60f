import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { SubprocessorsPage } from "@/components/pages/subprocessors-page";
import { subprocessorsMetadata } from "@/lib/updates/metadata";

export const dynamicParams = false;

export async function generateMetadata(props: LocaleRouteProps) {
  return subprocessorsMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <SubprocessorsPage locale={await pageLocale(props)} />;
}
