import type { AnswerBase } from "@/lib/answers/types";
import { tokenize } from "@/lib/text/tokenize";
import { analyse } from "./question";
import { leadingRequirement } from "./question-parts";
import { neutralSubject } from "./subject";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./thresholds";
import { buildUnits, weights, type Unit } from "./units";

// Questionnaire item -> the passage or library answer that states what it asks (answered), one
// on its topic that leaves part of it unstated (review, naming that part), or neither. Coverage
// is the share of the item's topic, weighed by how rare each term is among the units, that a
// unit's vocabulary covers; a question about words no unit uses ("SIEM", "bug bounty") is thus
// covered by none. Qualifiers (documented, tested, annually, …) must be stated by the unit's
// own text for the item to count as answered.

export type Status = "answered" | "review" | "not_covered";

export type Candidate = {
  unit: Unit;
  /** 0..1: share of the item's topic the unit covers */
  coverage: number;
  /** 0..1: BM25 relevance, relative to the best unit for this item: a unit about the topic outranks one that mentions it */
  relevance: number;
  /** Qualifiers the item asks and the unit does not state, in the base's language. */
  missing: string[];
  /** The item's own words for topic terms the unit does not cover. */
  uncovered: string[];
};

export type Match = { status: Status; unit: Unit | undefined; confidence: number; missing: string[]; candidates: Candidate[] };

/** Candidates for the whole item and for each of its leading requirements, best first. */
export type Scored = { parts: Candidate[][] };

export type Matcher = { match(question: string): Match; score(question: string): Scored; decide(scored: Scored, thresholds?: Thresholds): Match; thresholds: Thresholds };

// Open prompts ("anything else…?") ask for more than any one passage gives.
const OPEN_ENDED = /\b(anything else|any other|anything more)\b|其他.{0,6}(补充|说明|告知)/i;
// Of answers that qualify, the library's canonical wording wins unless a passage covers clearly more.
const PREFER_ENTRY = 0.05;
const EXPLAINED = 3;
// How much relevance counts next to coverage when ranking units (BM25's k1 and b as usual).
const RELEVANCE = 0.3;
const K1 = 1.2, B = 0.75;

export function createMatcher(base: AnswerBase, thresholds: Thresholds = DEFAULT_THRESHOLDS): Matcher {
  const units = buildUnits(base);
  const { idf, informative, averageLength } = weights(units);
  const bm25 = (unit: Unit, terms: string[]) =>
    terms.reduce((sum, term) => {
      const tf = unit.counts.get(term) ?? 0;
      return sum + (idf(term) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * unit.length) / averageLength));
    }, 0);
  const vocabulary = new Set(units.flatMap((u) => [...u.topic]));
  const known = (name: string) => name.toLowerCase() !== base.company.toLowerCase() && tokenize(name).every((t) => vocabulary.has(t));

  function candidates(text: string): Candidate[] {
    const asked = analyse(text);
    if (asked.topic.length === 0) return [];
    const all = new Set(tokenize(text));
    const total = asked.topic.reduce((sum, t) => sum + idf(t.term), 0);
    const found: Candidate[] = [];
    const topicTerms = asked.topic.map((t) => t.term);
    for (const unit of units) {
      const covered = asked.topic.filter((t) => unit.topic.has(t.term));
      // Sharing only common words ("security", "data") is no match, however well they cover.
      if (!covered.some((t) => informative(t.term))) continue;
      if (unit.scope.length > 0 && !unit.scope.some((scope) => scope.every((t) => all.has(t)))) continue;
      const coverage = covered.reduce((sum, t) => sum + idf(t.term), 0) / total;
      const unstated = asked.qualifiers.filter((q) => !q.covered(unit.stated, unit.text));
      if (unstated.some((q) => q.elsewhere)) continue;
      const missing = unstated.map((q) => ("said" in q.label ? q.label.said : base.qualifiers[q.label.key]));
      const uncovered = asked.topic.filter((t) => !unit.topic.has(t.term)).map((t) => t.word);
      found.push({ unit, coverage: Math.round(coverage * 100) / 100, relevance: bm25(unit, topicTerms), missing, uncovered });
    }
    const top = Math.max(0, ...found.map((c) => c.relevance));
    for (const c of found) c.relevance = top > 0 ? Math.round((c.relevance / top) * 100) / 100 : 0;
    const rank = (c: Candidate) => c.coverage * (1 - RELEVANCE) + c.relevance * RELEVANCE;
    return found.sort((a, b) => rank(b) - rank(a) || a.missing.length - b.missing.length || a.unit.order - b.unit.order);
  }

  function score(question: string): Scored {
    if (OPEN_ENDED.test(question)) return { parts: [] };
    const text = neutralSubject(question, base.company, known);
    // The whole item first, then its leading requirement (first asked sentence or bullet, then
    // its main clause): a long item is answered when what it asks first is.
    return { parts: [text, ...leadingRequirement(text)].map(candidates) };
  }

  function decidePart(list: Candidate[], t: Thresholds): { status: Status; pick: Candidate | undefined } {
    const qualifying = list.filter((c) => c.missing.length === 0 && c.coverage >= t.answer);
    const top = qualifying[0];
    if (top) return { status: "answered", pick: qualifying.find((c) => c.unit.kind === "entry" && c.coverage >= top.coverage - PREFER_ENTRY && c.relevance >= top.relevance - PREFER_ENTRY) ?? top };
    const best = list[0];
    return best && best.coverage >= t.review ? { status: "review", pick: best } : { status: "not_covered", pick: best };
  }

  function decide(scored: Scored, t: Thresholds = thresholds): Match {
    const rank = { answered: 2, review: 1, not_covered: 0 };
    let result: { status: Status; pick: Candidate | undefined; list: Candidate[] } = { status: "not_covered", pick: undefined, list: [] };
    for (const list of scored.parts) {
      const next = decidePart(list, t);
      const better = rank[next.status] - rank[result.status] || (next.pick?.coverage ?? 0) - (result.pick?.coverage ?? 0);
      if (better > 0) result = { ...next, list };
    }
    const { status, pick } = result;
    const missing = status === "review" && pick ? [...pick.missing, ...(pick.coverage < t.answer ? pick.uncovered : [])] : [];
    return { status, unit: status === "not_covered" ? undefined : pick?.unit, confidence: pick?.coverage ?? 0, missing, candidates: result.list.slice(0, EXPLAINED) };
  }

  return { match: (question) => decide(score(question)), score, decide, thresholds };
}
