import MiniSearch from "minisearch";
import { isLocale, locales } from "@/lib/i18n";
import { searchDocuments } from "@/lib/search/documents";
import { searchIndexOptions } from "@/lib/search/index-options";

// The search index of one locale, built once at build time and searched in the browser.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ file: `${locale}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const locale = (await params).file.replace(/\.json$/, "");
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const index = new MiniSearch(searchIndexOptions);
  index.addAll(searchDocuments(locale));
  return new Response(JSON.stringify(index), { headers: { "Content-Type": "application/json" } });
}
