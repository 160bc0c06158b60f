import { tokenize } from "@/lib/text/tokenize";

// Shared by the build (which indexes) and the browser (which loads the index and searches).
export const SEARCH_FIELDS = ["title", "text"];
export const SEARCH_STORE = ["title", "context", "text", "url"];

export const searchIndexOptions = {
  fields: SEARCH_FIELDS,
  storeFields: SEARCH_STORE,
  tokenize,
  processTerm: (term: string) => term,
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.15, combineWith: "AND" as const },
};
