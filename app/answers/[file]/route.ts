import { getLibrary } from "@/lib/answers/library";
import { localeJsonRoute } from "@/lib/locale-json";

// The answer library of one locale, for the questionnaire tool: fetched with the first
// questionnaire instead of riding in the page's HTML. Built once at build time.
export const dynamic = "force-static";
export const dynamicParams = false;

const route = localeJsonRoute(getLibrary);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
