// The questionnaire tool is the one part of the site that needs React in the browser. It is
// rendered here, as its own root, so the page loads React DOM and the tool but not Next's
// runtime and router (which server/runtime-cut.mjs leaves out of every page). The server's copy
// of the tool (from Next's own React) is only what shows until this runs: the live tool is
// rendered by this bundle's React alone, so no markup from two builds of React is ever hydrated
// one against the other.
import { createRoot } from "react-dom/client";
import { QuestionnaireTool, type QuestionnaireToolProps } from "@/browser/questionnaire/questionnaire-tool";
import { readJsonData } from "./json-data";
import { QUESTIONNAIRE_PROPS_ID, QUESTIONNAIRE_ROOT_ID } from "@/browser/contract/questionnaire-data";

const root = document.getElementById(QUESTIONNAIRE_ROOT_ID);
const props = readJsonData<QuestionnaireToolProps>(QUESTIONNAIRE_PROPS_ID);
if (root && props) createRoot(root).render(<QuestionnaireTool {...props} />);
