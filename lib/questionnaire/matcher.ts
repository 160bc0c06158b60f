import type { AnswerBase } from "@/lib/answers/types";
import { tokenize, wordTerms } from "@/lib/text/tokenize";
import { coverageOf, positionsOf, standTogether } from "./coherence";
import { decide } from "./decide";
import { analyse, type Asked } from "./question";
import { ASIDE } from "./phrases";
import { leadingRequirement, otherRequirements } from "./question-parts";
import { neutralSubject } from "./subject";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./thresholds";
import { buildUnits, weights, type Unit } from "./units";

// Questionnaire item -> the passage or library answer that states what it asks (answered), one
// on its topic that leaves part of it unstated (review, naming that part), or neither
// (lib/questionnaire/decide.ts). Coverage is the share of the item's topic and qualifiers,
// weighed by how rare each term is among the units, that a unit states: each of the item's
// phrases where its words stand together in the unit, each choice it offers by its best
// alternative (lib/questionnaire/coherence.ts). A question about words no unit uses ("SIEM",
// "bug bounty") is thus covered by none. Qualifiers (documented, tested, annually, …) must be
// stated by the unit's own text for the item to count as answered.

export type Status = "answered" | "review" | "not_covered";

export type Candidate = {
  unit: Unit;
  /** 0..1: share of the item's topic the unit covers */
  coverage: number;
  /** 0..1: BM25 relevance, relative to the best unit for this item: a unit about the topic outranks one that mentions it */
  relevance: number;
  /** The item names what the unit is about (one of its key terms, its heading or its section's title): how telling that name is (the weight of its words), 0 when it names none. */
  focus: number;
  /** The item opens with a subject ("Are all facilities…") that the unit does not cover: it may be a review, never an answer. */
  offSubject: boolean;
  /** Qualifiers the item asks and the unit does not state, in the base's language. */
  missing: string[];
  /** The item's own words for topic terms the unit does not cover. */
  uncovered: string[];
};

export type Match = {
  status: Status;
  unit: Unit | undefined;
  confidence: number;
  missing: string[];
  candidates: Candidate[];
};

/**
 * Candidates, best first, for the whole item and its leading requirements (the first `leads`
 * lists, which may answer it), then for each of its other sentences and bullets (review only).
 */
export type Scored = { parts: Candidate[][]; leads: number };

export type Matcher = {
  match(question: string): Match;
  score(question: string): Scored;
  decide(scored: Scored, thresholds?: Thresholds): Match;
  thresholds: Thresholds;
};

// Open prompts ("anything else…?", "Describe the other checks you perform", "If other, …")
// ask for more than any one passage gives, or for what an earlier answer left out.
const OPEN_ENDED =
  /\b(anything else|any other|anything more|if other)\b|\b(?:the|your)\s+other\s+(?:\w+\s+)?(?:methods?|controls?|measures?|checks?|mechanisms?|steps?|tools?|means|ways?|procedures?|practices?|details?)\b|其他.{0,6}(补充|说明|告知)/i;
const DESCRIBE =
  /^\W*(?:please\s+)?(?:describe|explain|outline|detail|summari[sz]e|provide (?:a |an )?(?:description|overview|summary|details?)\b)|^\W*(?:请)?(?:描述|说明|介绍|概述)/i;
// How much relevance counts next to coverage when ranking units (BM25's k1 and b as usual).
const RELEVANCE = 0.3;
const K1 = 1.2,
  B = 0.75;
const KEPT = 12;
// Words a key term may leave out when a question names it: "data backups" is named by "backups".
const OPTIONAL = new Set(tokenize("data information"));
// A qualifier weighs half as much as a topic term: it narrows what is asked, the topic says what.
const QUALIFIER_WEIGHT = 0.5;

export function createMatcher(base: AnswerBase, thresholds: Thresholds = DEFAULT_THRESHOLDS): Matcher {
  const units = buildUnits(base);
  const { idf, informative, telling, generic, averageLength } = weights(units);
  // BM25's length norm is the unit's own: worked out once. A term the unit lacks adds nothing.
  const norms = new Map(units.map((unit) => [unit, K1 * (1 - B + (B * unit.length) / averageLength)]));
  const bm25 = (unit: Unit, terms: string[], idfs: number[]) => {
    const norm = norms.get(unit) ?? 0;
    let sum = 0;
    for (let k = 0; k < terms.length; k++) {
      const tf = unit.counts.get(terms[k] ?? "");
      if (tf) sum += ((idfs[k] ?? 0) * tf * (K1 + 1)) / (tf + norm);
    }
    return sum;
  };
  const vocabulary = new Set(units.flatMap((u) => [...u.topic]));
  const known = (name: string) =>
    name.toLowerCase() !== base.company.toLowerCase() && tokenize(name).every((t) => vocabulary.has(t));

  // The item names a unit's key term ("disaster recovery", "access to customer data", a
  // heading) when it has all its words together, one of which few units use: not "access",
  // "management" or "security" alone.
  // Passages of one section share its title: each distinct key is one array, so that whether an
  // item names it is worked out once per item, not once per unit (`names` below).
  const distinctKeys = new Map<string, string[]>();
  const intern = (key: string[]) => {
    const id = key.join("\u0000");
    const found = distinctKeys.get(id);
    if (found) return found;
    distinctKeys.set(id, key);
    return key;
  };
  const keys = units.map((unit) =>
    unit.keys
      .filter((key) => key.some(telling))
      .map((key) => intern(key.filter((t) => !OPTIONAL.has(t))))
      .filter((key) => key.length > 0),
  );
  // Every key a unit may be named by, once, by its first word: a review-only part that names
  // none has no candidate.
  const keysByFirst = new Map<string, string[][]>();
  for (const key of new Set(keys.flat())) {
    const first = key[0] ?? "";
    keysByFirst.set(first, [...(keysByFirst.get(first) ?? []), key]);
  }
  const isHead = (term: string) => !generic(term);
  // Key terms of more than one word: where a phrase holds one, its words stand together (lib/questionnaire/coherence.ts).
  const multiWordKeys = units.map((unit) => unit.keys.filter((key) => key.length > 1).map(intern));
  // Which units use each term, so an item is weighed against the units that share a telling word with it.
  const byTerm = new Map<string, number[]>();
  units.forEach((unit, i) => {
    for (const term of unit.topic) {
      const list = byTerm.get(term);
      if (list) list.push(i);
      else byTerm.set(term, [i]);
    }
  });

  /**
   * Units scored for one text; `namedOnly` keeps those whose key term the text names (all a
   * review-only part can use); `inherited`: what the whole item asks of every part ("Do you
   * allow customers to…").
   */
  function candidates(text: string, asked: Asked, namedOnly = false, inherited: Asked["qualifiers"] = []): Candidate[] {
    if (asked.topic.length === 0) return [];
    for (const q of inherited) if (!asked.qualifiers.some((own) => own.label === q.label)) asked.qualifiers.push(q);
    const all = asked.terms;
    const named = new Set(asked.sequence);
    const said = positionsOf([asked.sequence]);
    const naming = new Map<string[], number>();
    const names = (key: string[]) => {
      let weight = naming.get(key);
      if (weight === undefined) {
        weight =
          key.every((t) => named.has(t)) && standTogether(key, said) ? key.reduce((sum, t) => sum + idf(t), 0) : 0;
        naming.set(key, weight);
      }
      return weight;
    };
    const words = new Map(asked.topic.map((t) => [t.term, t.word]));
    // Another kind is read from English words only, as the question wrote them: a Chinese word
    // whose term is English ("限制" -> restrict) stands in a run that is as often a clause as a name.
    // Prepared when a unit first needs it: a review-only part often names no unit at all.
    let prepared: ReturnType<typeof coverageOf> | undefined;
    const cover = (positions: Unit["positions"], keys?: string[][]) =>
      (prepared ??= coverageOf(
        asked,
        idf,
        isHead,
        (term) => vocabulary.has(term) && /^[a-z0-9]/i.test(words.get(term) ?? term),
      ))(positions, keys);
    const informativeTopic = asked.topic.filter((t) => informative(t.term));
    const topicTerms: string[] = [];
    const topicIdfs: number[] = [];
    for (const { term } of asked.topic) {
      topicTerms.push(term);
      topicIdfs.push(idf(term));
    }
    const weighed = asked.qualifiers.filter((q) => q.term !== undefined);
    const weight = (list: typeof weighed) => list.reduce((sum, q) => sum + QUALIFIER_WEIGHT * idf(q.term ?? ""), 0);
    const found: Candidate[] = [];
    // Only the units that share an informative term with the item are weighed, in reading order.
    const sharing = new Set<number>();
    for (const t of informativeTopic) for (const i of byTerm.get(t.term) ?? []) sharing.add(i);
    const describes = DESCRIBE.test(text);
    const subjectHeads = asked.subject.filter(isHead);
    const totalQualifiers = weight(weighed);
    // One unit weighed against the item: undefined when it is no candidate. A function of its
    // own, so the engine optimises it apart from the rest.
    const weigh = (i: number): Candidate | undefined => {
      const unit = units[i];
      if (!unit) return undefined;
      // A review-only part needs a unit it names: the cheapest test first.
      if (namedOnly && !keys[i]?.some((key) => names(key) > 0)) return undefined;
      if (unit.scope.length > 0 && !unit.scope.some((scope) => scope.every((t) => all.has(t)))) return undefined;
      const unstated = asked.qualifiers.filter((q) => !q.covered(unit.stated, unit.text));
      if (unstated.some((q) => q.elsewhere)) return undefined;
      // What another document says is suggested only from a unit that states the rest: naming its topic is not enough.
      let focus = 0;
      if (!unstated.some((q) => q.ofDocument)) for (const key of keys[i] ?? []) focus = Math.max(focus, names(key));
      if (namedOnly && !focus) return undefined;
      // A term counts where the question's phrase that holds it stands together in the unit.
      const { covered, total, together, counted, otherKind } = cover(unit.positions, multiWordKeys[i]);
      // Sharing only common words ("security", "data") is no match, however well they cover.
      if (!counted.some((t) => together.has(t) && informative(t))) return undefined;
      const coverage =
        (covered + weight(weighed.filter((q) => !unstated.includes(q)))) / Math.max(1e-9, total + totalQualifiers);
      // "Describe X" asks for an account of X: only a unit about X (one that X names) answers it.
      const offSubject =
        (subjectHeads.length > 0 && !subjectHeads.some((t) => together.has(t))) || (describes && !focus);
      // Another kind of the thing asked is a review at most, naming the word it leaves out.
      // Lists of words built one by one (as in the tokenizer: the engine's code stays optimised).
      const missing: string[] = [];
      for (const q of unstated) missing.push("said" in q.label ? q.label.said : base.qualifiers[q.label.key]);
      for (const t of otherKind) missing.push(words.get(t) ?? t);
      const uncovered: string[] = [];
      for (const t of counted) if (!together.has(t) && !generic(t)) uncovered.push(words.get(t) ?? t);
      return {
        unit,
        coverage: Math.round(coverage * 100) / 100,
        relevance: bm25(unit, topicTerms, topicIdfs),
        focus,
        offSubject,
        missing,
        uncovered,
      };
    };
    for (const i of Array.from(sharing).sort((a, b) => a - b)) {
      const candidate = weigh(i);
      if (candidate) found.push(candidate);
    }
    const top = Math.max(0, ...found.map((c) => c.relevance));
    for (const c of found) c.relevance = top > 0 ? Math.round((c.relevance / top) * 100) / 100 : 0;
    const rank = (c: Candidate) => c.coverage * (1 - RELEVANCE) + c.relevance * RELEVANCE;
    // Decisions and explanations look at the best few only.
    return found
      .sort((a, b) => rank(b) - rank(a) || a.missing.length - b.missing.length || a.unit.order - b.unit.order)
      .slice(0, KEPT);
  }

  /**
   * Whether a review-only part names a unit's key term, as `candidates` reads it (the terms of
   * the text without its asides): one that names none is not analysed at all. The tokenizer
   * remembers the text for `analyse`.
   */
  function namesAKey(part: string): boolean {
    const sequence = wordTerms(part.replace(ASIDE, ", ")).map((w) => w.term);
    const named = new Set(sequence);
    const said = positionsOf([sequence]);
    for (const first of named)
      for (const key of keysByFirst.get(first) ?? [])
        if (key.every((t) => named.has(t)) && standTogether(key, said)) return true;
    return false;
  }

  function score(question: string): Scored {
    if (OPEN_ENDED.test(question)) return { parts: [], leads: 0 };
    const text = neutralSubject(question, base.company, known);
    // The whole item first, then its leading requirement (first asked sentence or bullet, then
    // its main clause): a long item is answered when what it asks first is. Its other
    // sentences and bullets after, for review.
    const leads = [text, ...leadingRequirement(text)];
    const others = otherRequirements(text, leads);
    // The whole item is analysed once: its own candidates, and what it asks of every part.
    const whole = analyse(text);
    const inherited = whole.qualifiers.filter((q) => q.elsewhere);
    const parts = [
      candidates(text, whole),
      ...leads.slice(1).map((part) => candidates(part, analyse(part), false, inherited)),
      ...others.map((part) => (namesAKey(part) ? candidates(part, analyse(part), true, inherited) : [])),
    ];
    return { parts, leads: leads.length };
  }

  return {
    match: (question) => decide(score(question), thresholds),
    score,
    decide: (scored, t = thresholds) => decide(scored, t),
    thresholds,
  };
}
