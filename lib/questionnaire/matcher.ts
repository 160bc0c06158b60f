import MiniSearch from "minisearch";
import type { LibraryEntry } from "@/lib/answers/types";
import { tokenize } from "@/lib/text/tokenize";

// Questionnaire question -> the library answer that addresses it, or an honest "not covered".
// MiniSearch ranks the answers (BM25 over question, phrasings, terms and answer text); the
// confidence is how much of the question's information the best answer's vocabulary covers,
// so a question that merely shares the word "security" with an answer is not answered by it.

export type Match = {
  status: "answered" | "not_covered";
  entry: LibraryEntry | undefined;
  /** 0..1 */
  confidence: number;
};

export type Matcher = { match(question: string): Match; threshold: number };

/** Calibrated on lib/questionnaire/bench (npm run bench:questionnaire): precision first. */
export const DEFAULT_THRESHOLD = 0.6;

// Words every questionnaire uses that say nothing about which control is meant.
const GENERIC = new Set(
  tokenize("require required requirement ensure ensured company organization organisation vendor supplier service provide provided document documented process procedure " +
    "policy policies maintain maintained support use used using place implement implemented perform performed regularly have has there " +
    "yes no n/a answer question detail details example information applicable include includes including within each other following such " +
    "anything else want know us tell often how many much current currently ensure ensuring relevant appropriate adequate " +
    "take taken done made kept exist exists happen happens occur get got run carried frequently frequency " +
    "公司 供应商 提供 要求 确保 流程 程序 政策 制度 是否 相关 具体 说明 描述"),
);

function questionTerms(text: string): string[] {
  return Array.from(new Set(tokenize(text).filter((t) => !GENERIC.has(t))));
}

// Places and assets the whitepaper says nothing about: a question about the office is not
// answered by an answer about the data center, however many other words they share.
const SCOPE = new Set(tokenize("office offices workplace headquarters branch laptop laptops workstation workstations endpoint endpoints mobile byod home remote 办公室 办公场所 笔记本 终端 移动设备"));
// Open prompts ("anything else…?") ask for more than any one answer gives.
const OPEN_ENDED = /\b(anything else|any other|anything more)\b|其他.{0,6}(补充|说明|告知)/i;

// "How often…?" is only answered by an answer that states a frequency.
const ASKS_FREQUENCY = /\bhow (often|frequently)\b|\bfrequency\b|多久|频率|多长时间/i;
const STATES_FREQUENCY = /\bevery\b|\b\d+\s*(minutes?|hours?|days?|weeks?)\b|\b(hourly|daily|weekly|monthly)\b|每\s*\d*|分钟|小时/i;

export function createMatcher(entries: LibraryEntry[], threshold = DEFAULT_THRESHOLD): Matcher {
  const search = new MiniSearch<LibraryEntry>({
    fields: ["question", "phrasingText", "termText", "answer"],
    extractField: (doc, field) => (field === "phrasingText" ? doc.phrasings.join(" \n ") : field === "termText" ? doc.terms.join(" \n ") : String(doc[field as keyof LibraryEntry] ?? "")),
    tokenize,
    processTerm: (term) => term,
    searchOptions: { boost: { termText: 3, question: 2, phrasingText: 2, answer: 0.5 }, combineWith: "OR" },
  });
  search.addAll(entries);

  // How many answers use each term: rare terms carry the meaning of a question.
  const vocabulary = new Map<string, Set<string>>();
  const documentFrequency = new Map<string, number>();
  for (const entry of entries) {
    const terms = new Set(tokenize([entry.question, ...entry.phrasings, ...entry.terms, entry.answer].join(" \n ")));
    vocabulary.set(entry.id, terms);
    for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const idf = (term: string) => Math.log(1 + entries.length / ((documentFrequency.get(term) ?? 0) + 0.5));
  // Terms in a quarter of the answers or more ("security", "UpKeep") say nothing about which.
  const informative = (term: string) => (documentFrequency.get(term) ?? 0) < entries.length / 4;
  const byId = new Map(entries.map((e) => [e.id, e]));

  function match(text: string): Match {
    const terms = questionTerms(text);
    if (terms.length === 0 || OPEN_ENDED.test(text)) return { status: "not_covered", entry: undefined, confidence: 0 };
    const best = search.search(terms.join(" "))[0];
    const entry = best ? byId.get(String(best.id)) : undefined;
    if (!entry) return { status: "not_covered", entry: undefined, confidence: 0 };
    const known = vocabulary.get(entry.id) ?? new Set<string>();
    const total = terms.reduce((sum, t) => sum + idf(t), 0);
    const covered = terms.filter((t) => known.has(t)).reduce((sum, t) => sum + idf(t), 0);
    // Sharing only common words ("security", "data") is no match, however well they cover.
    const specific =
      terms.some((t) => known.has(t) && informative(t)) &&
      !terms.some((t) => SCOPE.has(t) && !known.has(t)) &&
      !(ASKS_FREQUENCY.test(text) && !STATES_FREQUENCY.test(entry.answer));
    const confidence = specific ? Math.round((covered / total) * 100) / 100 : 0;
    return confidence >= threshold ? { status: "answered", entry, confidence } : { status: "not_covered", entry: undefined, confidence };
  }

  return { match, threshold };
}
