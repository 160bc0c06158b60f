import { getLibrary } from "@/lib/answers/library";
import { isLocale, locales } from "@/lib/i18n";

// The answer library of one locale, for the questionnaire tool: fetched with the first
// questionnaire instead of riding in the page's HTML. Built once at build time.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ file: `${locale}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const locale = (await params).file.replace(/\.json$/, "");
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  return Response.json(getLibrary(locale));
}
