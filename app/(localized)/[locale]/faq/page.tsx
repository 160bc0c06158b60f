import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { FaqPage } from "@/components/pages/faq-page";
import { faqMetadata } from "@/lib/metadata";

export async function generateMetadata(props: LocaleRouteProps) {
  return faqMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <FaqPage locale={await pageLocale(props)} />;
}
