import type { AnswerBase, LibraryEntry, Passage } from "@/lib/answers/types";
import { tokenize } from "@/lib/text/tokenize";
import { positionsOf, type Positions } from "./coherence";

// Retrieval units: every answer of the library and every paragraph of the whitepaper. A unit
// is weighed by two vocabularies: `topic` (what it is about, including the library's phrasings
// and key terms) for how much of a question it covers, and `stated` (only what its text says)
// for the qualifiers a question asks, since a phrasing is a question, not a statement.

export type Unit = {
  kind: "entry" | "passage";
  id: string;
  answer: string;
  cites: string[];
  control: string | undefined;
  topic: Set<string>;
  /** Where each topic term stands, so a question's phrase is covered only where its words stand together. */
  positions: Positions;
  /** What the unit is about, as names: a library answer's key terms, a paragraph's heading and section title. */
  keys: string[][];
  stated: Set<string>;
  text: string;
  /** How often each term occurs, the unit's own wording (question, key terms, heading) counted twice. */
  counts: Map<string, number>;
  length: number;
  /** Term sets of which a question must contain one for this unit to apply (the library's `scope`). */
  scope: string[][];
  /** Place in reading order, so the earlier of two equally good passages is cited. */
  order: number;
};

function count(weighted: [string, number][]): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  let length = 0;
  for (const [text, weight] of weighted) {
    for (const term of tokenize(text)) {
      counts.set(term, (counts.get(term) ?? 0) + weight);
      length += weight;
    }
  }
  return { counts, length };
}

const cite = (p: Passage) => (p.anchor ? `${p.section}#${p.anchor}` : p.section);

function entryUnit(entry: LibraryEntry, order: number): Unit {
  return {
    kind: "entry",
    id: entry.id,
    answer: entry.answer,
    cites: entry.cites,
    control: entry.control,
    // Phrasings rank an answer (counts, below) but do not widen what it covers: a phrasing is a
    // question someone might ask, and its words ("water-based") are not facts the answer states.
    topic: new Set(tokenize([entry.question, ...entry.terms, entry.answer].join(" \n "))),
    positions: positionsOf([entry.question, ...entry.terms, entry.answer].map(tokenize)),
    keys: entry.terms.map(tokenize),
    stated: new Set(tokenize(entry.answer)),
    text: entry.answer,
    scope: entry.scope.map((s) => tokenize(s)).filter((t) => t.length > 0),
    ...count([
      [entry.question, 2],
      [entry.terms.join(" \n "), 2],
      [entry.phrasings.join(" \n "), 1],
      [entry.answer, 1],
    ]),
    order,
  };
}

function passageUnit(passage: Passage, order: number, entries: Unit[]): Unit {
  const stated = new Set(tokenize(`${passage.heading ?? ""} \n ${passage.text}`));
  const own = tokenize(passage.text);
  // A paragraph that a library answer restates is bound by that answer's scope: the answer's
  // author said where the fact holds ("two-factor authentication … to reach a data center floor").
  const restating = entries.filter(
    (e) => e.scope.length > 0 && own.filter((t) => e.stated.has(t)).length >= own.length * 0.6,
  );
  return {
    kind: "passage",
    id: `${cite(passage)}/${order}`,
    answer: passage.text,
    cites: [cite(passage)],
    control: undefined,
    topic: new Set([...tokenize(`${passage.sectionTitle} \n ${passage.heading ?? ""}`), ...stated]),
    positions: positionsOf([passage.sectionTitle, passage.heading ?? "", passage.text].map(tokenize)),
    keys: [passage.sectionTitle, passage.heading ?? ""].map(tokenize),
    stated,
    text: passage.text,
    scope: restating.flatMap((e) => e.scope),
    ...count([
      [passage.heading ?? "", 2],
      [passage.sectionTitle, 1],
      [passage.text, 1],
    ]),
    order,
  };
}

export function buildUnits(base: AnswerBase): Unit[] {
  const entries = base.entries.map((e, i) => entryUnit(e, i));
  return [...entries, ...base.passages.map((p, i) => passageUnit(p, entries.length + i, entries))];
}

// What nearly every questionnaire item is about, whatever it asks: "customer data", "information
// security". They count, but little, so "Where is customer data hosted?" is about hosting.
// "Production" is where the whole service runs, so every passage is about it.
const GENERIC = new Set(
  tokenize(
    "data information customer security system platform environment only production prod sensitive confidential 数据 信息 安全 平台 环境 生产 敏感",
  ),
);

/** Inverse document frequency over the units: rare terms say which unit a question means. */
export function weights(units: Unit[]): {
  idf: (term: string) => number;
  informative: (term: string) => boolean;
  telling: (term: string) => boolean;
  generic: (term: string) => boolean;
  averageLength: number;
} {
  const df = new Map<string, number>();
  for (const unit of units) for (const term of unit.topic) df.set(term, (df.get(term) ?? 0) + 1);
  const n = units.length;
  // A word no unit uses weighs as much as one that a single unit uses: either way it points away
  // from most units, and an unknown word of detail ("batteries") should not outweigh the rest.
  const idfs = new Map<string, number>();
  const idf = (term: string) => {
    let value = idfs.get(term);
    if (value === undefined) {
      value = (GENERIC.has(term) ? 0.2 : 1) * Math.log(1 + n / (Math.max(df.get(term) ?? 0, 1) + 0.5));
      // Bounded: a hostile file's made-up words must not grow it forever.
      if (idfs.size > 50_000) idfs.clear();
      idfs.set(term, value);
    }
    return value;
  };
  // Terms in a quarter of the units or more ("security", the company's name) say nothing about which.
  const averageLength = units.reduce((sum, u) => sum + u.length, 0) / Math.max(1, n);
  // A name that tells which units a question means: a term in fewer than a sixth of them.
  const telling = (term: string) => !GENERIC.has(term) && (df.get(term) ?? 0) < n / 6;
  return {
    idf,
    informative: (term) => !GENERIC.has(term) && (df.get(term) ?? 0) < n / 4,
    telling,
    generic: (term) => GENERIC.has(term),
    averageLength,
  };
}
