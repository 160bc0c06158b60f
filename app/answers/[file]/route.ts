import { getAnswerBase } from "@/lib/answers/library";
import { localeJsonRoute } from "@/lib/locale-json";

// The answer library and the whitepaper's paragraphs of one locale, for the questionnaire tool: fetched with the first
// questionnaire instead of riding in the page's HTML. Built once at build time.
export const dynamic = "force-static";
export const dynamicParams = false;

const route = localeJsonRoute(getAnswerBase);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
