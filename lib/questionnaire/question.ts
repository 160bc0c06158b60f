import { plainText, wordTerms } from "@/lib/text/tokenize";
import { ASIDE, phrasesOf, subjectOf } from "./phrases";
import {
  figures,
  OWN_CERTIFICATION,
  PATTERN_QUALIFIERS,
  PLACE,
  TERM_QUALIFIERS,
  type QualifierLabel,
} from "./qualifiers";

// What a questionnaire item asks: its topic (terms and phrases, lib/questionnaire/phrases.ts),
// and the qualifiers that a passage must also state for the item to count as answered.

export type Asked = {
  /** Topic terms, each once, with the word the question used. */
  topic: { term: string; word: string }[];
  /**
   * The topic as the question phrased it: runs of topic terms with no function word, frame
   * word or punctuation between them ("water detection system", "host-based firewall"). A unit
   * covers a phrase's terms only where they stand together in its text (lib/questionnaire/coherence.ts).
   */
  phrases: string[][];
  /**
   * Choices the question offers ("Google Cloud, AWS, or a similar outsourced data center"): each
   * choice lists its alternatives, each alternative its phrases (indexes into `phrases`). A unit
   * need cover one alternative of a choice.
   */
  alternatives: number[][][];
  /** Phrases that open with a verb ("Do you restrict inbound traffic"): their first word names no kind of thing. */
  verbFirst: boolean[];
  /**
   * The grammatical subject when the question opens with it ("Are all facilities used…?",
   * "Is physical access logged?"), not with the vendor ("Do you…?"): a unit that does not
   * cover it is about something else, however much of the rest it covers.
   */
  subject: string[];
  /** Every term of the question but its asides, in order (frame words and qualifiers too): where a unit's key term is looked for. */
  sequence: string[];
  /** Every term of the question, asides included. */
  terms: Set<string>;
  /** Qualifiers as term sets, asked when the question has one of the terms. */
  qualifiers: {
    label: QualifierLabel;
    covered: (stated: Set<string>, text: string) => boolean;
    elsewhere?: boolean;
    ofDocument?: boolean;
    term?: string;
  }[];
};

// Units are few and questions many: what a unit's text states is worked out once per pattern.
const stated = new Map<RegExp, Map<string, boolean>>();
function states(pattern: RegExp, text: string): boolean {
  let texts = stated.get(pattern);
  if (!texts) stated.set(pattern, (texts = new Map()));
  let result = texts.get(text);
  if (result === undefined) texts.set(text, (result = pattern.test(text)));
  return result;
}
const figureKeys = new Map<string, Set<string>>();
function statedFigures(text: string): Set<string> {
  let keys = figureKeys.get(text);
  if (!keys) figureKeys.set(text, (keys = new Set(figures(text).map((f) => f.key))));
  return keys;
}

// As the tokenizer reads a standard's name: letters and a number, "SOC 2", "ISO 27001", "AES-256".
const STANDARD_NAME = /\b([A-Z]{2,6})[ -]?(\d{1,5})\b(?![.,]\d)/g;
export function analyse(question: string): Asked {
  const words = wordTerms(question);
  const terms = new Set(words.map((w) => w.term));
  const stripped = question.replace(ASIDE, ", ");
  const aside = stripped === question ? words : wordTerms(stripped);
  let { topic, phrases, alternatives, verbFirst } = phrasesOf(aside);
  if (topic.size === 0) ({ topic, phrases, alternatives, verbFirst } = phrasesOf(words));
  const qualifiers: Asked["qualifiers"] = [];
  for (const q of TERM_QUALIFIERS) {
    if (!q.terms.some((t) => terms.has(t))) continue;
    const by = q.statedBy ?? q.terms;
    // A qualifier word is part of what is asked ("How are logs managed?" is about logs), so it
    // weighs in the coverage too, and counts as covered only where the unit states it.
    qualifiers.push({
      label: q.label,
      elsewhere: q.elsewhere,
      ofDocument: q.ofDocument,
      term: q.elsewhere ? undefined : q.terms[0],
      covered: (terms, text) =>
        by.some((t) => terms.has(t)) || (q.statedPattern ? states(q.statedPattern, text) : false),
    });
  }
  for (const q of PATTERN_QUALIFIERS)
    if (q.asks.test(question))
      qualifiers.push({ label: q.label, elsewhere: q.elsewhere, covered: (_, text) => states(q.statedPattern, text) });
  if (terms.has(PLACE.term)) qualifiers.push({ label: PLACE.label, covered: (stated) => stated.has(PLACE.term) });
  // A standard the question names ("SOC 2", "ISO 27001") must be named by the unit too.
  for (const [said, name, number] of stripped.matchAll(STANDARD_NAME)) {
    const term = `${name}${number}`.toLowerCase();
    if (!qualifiers.some((q) => "said" in q.label && q.label.said === said))
      qualifiers.push({ label: { said }, covered: (stated) => stated.has(term) });
  }
  for (const figure of figures(question)) {
    qualifiers.push({ label: { said: figure.said }, covered: (_, text) => statedFigures(text).has(figure.key) });
  }
  if (OWN_CERTIFICATION.terms.some((t) => terms.has(t)) && !OWN_CERTIFICATION.holders.some((h) => terms.has(h))) {
    // No passage states a certification of the company's own while naming no provider as its holder.
    qualifiers.push({
      label: OWN_CERTIFICATION.label,
      covered: (terms) =>
        OWN_CERTIFICATION.terms.some((t) => terms.has(t)) && !OWN_CERTIFICATION.holders.some((h) => terms.has(h)),
    });
  }
  return {
    topic: Array.from(topic, ([term, word]) => ({ term, word })),
    phrases,
    alternatives,
    verbFirst,
    subject: subjectOf(plainText(question), aside, phrases),
    sequence: aside.map((w) => w.term),
    terms,
    qualifiers,
  };
}
