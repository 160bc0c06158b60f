// The questionnaire tool is the one part of the site that needs React in the browser. It is
// hydrated here, as its own root, so the page loads React DOM and the tool but not Next's
// runtime and router (which server/runtime-cut.mjs leaves out of every page).
import { hydrateRoot } from "react-dom/client";
import { QuestionnaireTool, type QuestionnaireToolProps } from "@/components/questionnaire/questionnaire-tool";
import { readJsonData } from "./json-data";
import { QUESTIONNAIRE_PROPS_ID, QUESTIONNAIRE_ROOT_ID } from "./questionnaire-data";

const root = document.getElementById(QUESTIONNAIRE_ROOT_ID);
const props = readJsonData<QuestionnaireToolProps>(QUESTIONNAIRE_PROPS_ID);
// `npm run dev` keeps Next's runtime, which hydrates the tool itself.
const nextHydrates = "__next_f" in self;
if (root && props && !nextHydrates) hydrateRoot(root, <QuestionnaireTool {...props} />);
