import { QuestionnairePage } from "@/components/pages/questionnaire-page";
import { questionnaireMetadata } from "@/lib/metadata";

export const metadata = questionnaireMetadata("zh");

export default function Page() {
  return <QuestionnairePage locale="zh" />;
}
