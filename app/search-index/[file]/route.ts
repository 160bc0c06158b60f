import MiniSearch from "minisearch";
import { localeJsonRoute } from "@/lib/locale-json";
import { searchDocuments } from "@/lib/search/documents";
import { searchIndexOptions } from "@/lib/search/index-options";

// The search index of one locale, built once at build time and searched in the browser.
export const dynamic = "force-static";
export const dynamicParams = false;

const route = localeJsonRoute((locale) => {
  const index = new MiniSearch(searchIndexOptions);
  index.addAll(searchDocuments(locale));
  return index;
});
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
