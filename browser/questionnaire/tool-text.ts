import type { Messages } from "@/lib/i18n/catalogue";

// The tool's words, as the page hands them over in its props (components/pages/questionnaire-page.tsx):
// a type only, so the catalogue itself never enters the browser bundle.
export type ToolText = Messages["questionnaire"]["tool"];
export type ToolErrors = Messages["questionnaire"]["errors"];
