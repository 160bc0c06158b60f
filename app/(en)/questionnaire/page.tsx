import { QuestionnairePage } from "@/components/pages/questionnaire-page";
import { questionnaireMetadata } from "@/lib/metadata";

export const metadata = questionnaireMetadata("en");

export default function Page() {
  return <QuestionnairePage locale="en" />;
}
