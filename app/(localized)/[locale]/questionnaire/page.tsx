import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { QuestionnairePage } from "@/components/pages/questionnaire-page";
import { questionnaireMetadata } from "@/lib/metadata";

export async function generateMetadata(props: LocaleRouteProps) {
  return questionnaireMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <QuestionnairePage locale={await pageLocale(props)} />;
}
