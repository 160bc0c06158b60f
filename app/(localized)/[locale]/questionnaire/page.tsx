import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { QuestionnairePage } from "@/components/pages/questionnaire-page";
import { questionnaireMetadata } from "@/lib/metadata";

// Only the locales the layout lists: any other first segment is a 404 (from the catch-all
// [...missing] in the default locale's frame, or the global not-found page).
export const dynamicParams = false;

export async function generateMetadata(props: LocaleRouteProps) {
  return questionnaireMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <QuestionnairePage locale={await pageLocale(props)} />;
}
