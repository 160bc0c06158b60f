import { islandScript } from "./paths.mjs";

/** The element the questionnaire tool is rendered into, and the one that carries its props as JSON. */
export const QUESTIONNAIRE_ROOT_ID = "questionnaire-tool";
export const QUESTIONNAIRE_PROPS_ID = "questionnaire-tool-props";
export const QUESTIONNAIRE_SCRIPT = islandScript("questionnaire");
