import { stemmer } from "stemmer";
import { FUNCTION_WORDS } from "./function-words";
import { PHRASES, canonical, synonymOf } from "./synonyms";

// One tokenizer for site search and questionnaire matching, in both languages. English words
// are reduced to their Porter stem (the `stemmer` package), so "documented", "documentation"
// and "document" meet; Chinese has no spaces: Intl.Segmenter (browsers and Node) finds the words.

// A phrase takes its plural with it: "data centers" is one term, not "datacenter" and "s". An
// English phrase is matched as whole words ("in transit" is not inside "within transit").
const PHRASE_PATTERNS = PHRASES.map((phrase) => {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const latin = /^[a-z0-9]/.test(phrase);
  return [phrase, new RegExp(`${latin ? "(?<![a-z0-9])" : ""}${escaped}${/[a-z]$/.test(phrase) ? "s?" : ""}${latin ? "(?![a-z0-9])" : ""}`, "g")] as const;
});

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
// Latin-script text has spaces: a regular expression finds the same words as the segmenter
// (Unicode word rules: "don't", "3.4", "1,000", "e.g" stay whole) at a tenth of the cost.
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:(?<=\p{L})[.'’:](?=\p{L})|(?<=\p{N})[.,'’](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;
const NEEDS_SEGMENTER = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
// A standard and its number are one name: "SOC 2" is not "SOC 1", "ISO 27001" not "ISO 9001".
const STANDARD = /\b([A-Z]{2,6})[ -]?(\d{1,5})\b(?![.,]\d)/g;

/** The words of a text, each with the text between it and the word before (spaces, punctuation). */
function words(text: string): { segment: string; before: string }[] {
  const out: { segment: string; before: string }[] = [];
  let end = 0;
  const push = (segment: string, index: number) => {
    out.push({ segment, before: text.slice(end, index) });
    end = index + segment.length;
  };
  if (!NEEDS_SEGMENTER.test(text)) for (const m of text.matchAll(WORD)) push(m[0], m.index);
  else for (const s of segmenter.segment(text)) if (s.isWordLike) push(s.segment, s.index);
  return out;
}

/** Plain text from what a questionnaire may contain: HTML tags, entities, odd spacing. */
export function plainText(input: string): string {
  return input
    .replace(/<[^>]*>/g, " ")
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_, name: string) => ({ nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name] ?? " ")
    .replace(/\s+/g, " ")
    .trim();
}

// `stemmer` builds its rules per call (about 40 µs a word); a questionnaire repeats its words,
// so each word's term is worked out once. Bounded, so a hostile file cannot grow it forever.
const terms = new Map<string, string>();
const REMEMBERED = 50_000;

/** A word's term: its synonym group, else its stem (English) or itself (other scripts). */
export function termOf(word: string): string {
  let term = terms.get(word);
  if (term === undefined) {
    const stem = /^[a-z]+$/.test(word) ? stemmer(word) : word;
    term = synonymOf(word, stem) ?? stem;
    if (terms.size >= REMEMBERED) terms.clear();
    terms.set(word, term);
  }
  return term;
}

/**
 * One word of a text: its term, and what stands between it and the previous word that gave a
 * term (`before`: function words and punctuation). Words with nothing but spaces between them
 * form one phrase ("water detection system", "host-based firewall").
 */
export type WordTerm = { word: string; term: string; before: string };

/** Each word of the text with its term, in order; function words give no term. */
export function wordTerms(input: string): WordTerm[] {
  let text = plainText(input).normalize("NFKC").replace(STANDARD, "$1$2").toLowerCase().replace(/[-_/]/g, " ");
  // Phrases become one term; what the text said is kept, to name a term back to the reader.
  const said = new Map<string, string>();
  for (const [phrase, pattern] of PHRASE_PATTERNS) {
    if (!text.includes(phrase)) continue;
    const joined = canonical(phrase).replace(/\s/g, "_");
    text = text.replace(pattern, (found) => {
      if (!said.has(joined)) said.set(joined, found);
      return ` ${joined} `;
    });
  }
  const out: WordTerm[] = [];
  let between = "";
  for (const { segment, before } of words(text)) {
    // "the agency's data" is about the agency: the possessive is not part of the word.
    const word = segment.replace(/_/g, " ").replace(/['’]s$/, "");
    between += before;
    if (FUNCTION_WORDS.has(word)) {
      between += word;
      continue;
    }
    out.push({ word: said.get(segment) ?? word, term: termOf(word), before: between });
    between = "";
  }
  return out;
}

/** Lower-cased, phrase-joined, synonym-mapped, stemmed terms without function words. */
export function tokenize(input: string): string[] {
  return wordTerms(input).map((w) => w.term);
}
