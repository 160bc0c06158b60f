import MiniSearch from "minisearch";
import type { LibraryEntry } from "@/lib/answers/types";
import { tokenize } from "@/lib/text/tokenize";
import { leadingRequirement } from "./question-parts";

// Questionnaire question -> the library answer that addresses it, or an honest "not covered".
// MiniSearch ranks the answers (BM25 over question, phrasings, terms and answer text); the
// confidence is how much of the question's information the answer's vocabulary covers, so a
// question that merely shares the word "security" with an answer is not answered by it.
// Coverage is also measured the other way: the question must ask what one of the answer's
// phrasings asks, so "Water detection system" is not answered by the fire answer merely
// because that answer mentions water-based sprinklers and smoke detection.

export type Match = {
  status: "answered" | "not_covered";
  entry: LibraryEntry | undefined;
  /** 0..1 */
  confidence: number;
};

export type Matcher = { match(question: string): Match; threshold: number };

/** Calibrated on lib/questionnaire/bench (npm run bench:questionnaire): precision first. */
export const DEFAULT_THRESHOLD = 0.6;

/** Share of one of the answer's phrasings the question must contain. */
export const MIN_ASKED = 0.6;

// How many of the best-ranked answers are weighed: BM25 favours long answers, coverage decides.
const CANDIDATES = 5;

// Words every questionnaire uses that say nothing about which control is meant.
const GENERIC = new Set(
  tokenize("require required requirement ensure ensured company organization organisation vendor supplier service provide provided document documented process procedure " +
    "policy policies maintain maintained support use used using place implement implemented perform performed regularly have has there " +
    "yes no n/a answer question detail details example information applicable include includes including within each other following such " +
    "anything else want know us tell often how many much current currently ensure ensuring relevant appropriate adequate " +
    "take taken done made kept exist exists happen happens occur get got run carried frequently frequency select selected apply applies list listed validate verify confirm " +
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

type Unit = { terms: string[]; weight: number };

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
  const idfs = new Map(Array.from(documentFrequency, ([term, n]) => [term, Math.log(1 + entries.length / (n + 0.5))]));
  const unknownIdf = Math.log(1 + entries.length / 0.5);
  const idf = (term: string) => idfs.get(term) ?? unknownIdf;
  const weigh = (terms: Iterable<string>) => Array.from(terms).reduce((sum, t) => sum + idf(t), 0);
  // Terms in a quarter of the answers or more ("security", "UpKeep") say nothing about which.
  const informative = (term: string) => (documentFrequency.get(term) ?? 0) < entries.length / 4;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const scopes = new Map(entries.map((e) => [e.id, e.scope.map((text) => questionTerms(text)).filter((t) => t.length > 0)]));
  /** An answer true in one place only applies to a question that names the place. */
  const inScope = (terms: Set<string>, entry: LibraryEntry) => {
    const required = scopes.get(entry.id) ?? [];
    return required.length === 0 || required.some((scope) => scope.every((t) => terms.has(t)));
  };
  // What each answer is asked as: its canonical question, phrasings and key terms.
  const units = new Map<string, Unit[]>(
    entries.map((e) => [e.id, [e.question, ...e.phrasings, ...e.terms].map((text) => questionTerms(text)).filter((t) => t.length > 0).map((t) => ({ terms: t, weight: weigh(t) }))]),
  );

  /** Share of the best-contained phrasing of the answer that the question contains. */
  function asked(terms: Set<string>, entry: LibraryEntry): number {
    let best = 0;
    for (const unit of units.get(entry.id) ?? []) best = Math.max(best, weigh(unit.terms.filter((t) => terms.has(t))) / unit.weight);
    return best;
  }

  function confidence(text: string, terms: string[], termSet: Set<string>, entry: LibraryEntry): number {
    const known = vocabulary.get(entry.id) ?? new Set<string>();
    // Sharing only common words ("security", "data") is no match, however well they cover.
    const specific =
      terms.some((t) => known.has(t) && informative(t)) &&
      !terms.some((t) => SCOPE.has(t) && !known.has(t)) &&
      inScope(termSet, entry) &&
      !(ASKS_FREQUENCY.test(text) && !STATES_FREQUENCY.test(entry.answer)) &&
      asked(termSet, entry) >= MIN_ASKED;
    return specific ? Math.round((weigh(terms.filter((t) => known.has(t))) / weigh(terms)) * 100) / 100 : 0;
  }

  function best(text: string): Match {
    const terms = questionTerms(text);
    const termSet = new Set(terms);
    let result: Match = { status: "not_covered", entry: undefined, confidence: 0 };
    if (terms.length === 0) return result;
    // The terms are tokenized already (some contain spaces, as "port scan"): one per line.
    for (const hit of search.search(terms.join("\n"), { tokenize: (query) => query.split("\n") }).slice(0, CANDIDATES)) {
      const entry = byId.get(String(hit.id));
      const score = entry ? confidence(text, terms, termSet, entry) : 0;
      if (score > result.confidence) result = { status: score >= threshold ? "answered" : "not_covered", entry, confidence: score };
    }
    return result;
  }

  function match(text: string): Match {
    if (OPEN_ENDED.test(text)) return { status: "not_covered", entry: undefined, confidence: 0 };
    // The whole item first; failing that, its leading requirement (the first sentence or
    // bullet, then its main clause): a long item is answered when what it asks first is.
    let result = best(text);
    for (const part of result.status === "answered" ? [] : leadingRequirement(text)) {
      const lead = best(part);
      if (lead.confidence > result.confidence) result = lead;
    }
    return result.status === "answered" ? result : { status: "not_covered", entry: undefined, confidence: result.confidence };
  }

  return { match, threshold };
}
