import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { DocumentsPage } from "@/components/documents/documents-page";
import { documentsMetadata } from "@/lib/metadata";

export async function generateMetadata(props: LocaleRouteProps) {
  return documentsMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <DocumentsPage locale={await pageLocale(props)} />;
}
