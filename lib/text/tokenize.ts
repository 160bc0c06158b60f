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
  return [
    phrase,
    new RegExp(
      `${latin ? "(?<![a-z0-9])" : ""}${escaped}${/[a-z]$/.test(phrase) ? "s?" : ""}${latin ? "(?![a-z0-9])" : ""}`,
      "g",
    ),
  ] as const;
});
// Looking for every phrase in every text is most of the tokenizer's time: a text is searched
// only for the phrases that start with one of its words (or, in Chinese, characters).
const PHRASES_BY_START = new Map<string, number[]>();
PHRASE_PATTERNS.forEach(([phrase], i) => {
  const start = /^[a-z0-9]/.test(phrase) ? (phrase.split(/[^a-z0-9]/)[0] ?? "") : phrase.charAt(0);
  PHRASES_BY_START.set(start, [...(PHRASES_BY_START.get(start) ?? []), i]);
});
function phrasesIn(text: string): (typeof PHRASE_PATTERNS)[number][] {
  const found = new Set<number>();
  const look = (start: string) => {
    for (const i of PHRASES_BY_START.get(start) ?? []) found.add(i);
  };
  for (const word of text.split(/[^a-z0-9]+/)) if (word) look(word);
  if (NEEDS_SEGMENTER.test(text)) for (const char of text) if (char >= "\u3400") look(char);
  // Pushed one by one: the result is always an array of patterns, even when empty, so the
  // engine's optimised code for the reader does not meet a new kind of array and start again.
  const out: (typeof PHRASE_PATTERNS)[number][] = [];
  for (const i of Array.from(found).sort((a, b) => a - b)) {
    const pattern = PHRASE_PATTERNS[i];
    if (pattern) out.push(pattern);
  }
  return out;
}

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
// Latin-script text has spaces: a regular expression finds the same words as the segmenter
// (Unicode word rules: "don't", "3.4", "1,000", "e.g" stay whole) at a tenth of the cost.
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:(?<=\p{L})[.'’:](?=\p{L})|(?<=\p{N})[.,'’](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;
const NEEDS_SEGMENTER = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
// The same words in plain ASCII text, which most questionnaires are, at less cost.
const ASCII_WORD = /[a-z0-9_]+(?:(?:(?<=[a-z])[.'’:](?=[a-z])|(?<=[0-9])[.,'’](?=[0-9]))[a-z0-9_]+)*/g;
// A standard and its number are one name: "SOC 2" is not "SOC 1", "ISO 27001" not "ISO 9001".
const ASCII = /^[\x00-\x7f]*$/;
const STANDARD = /\b([A-Z]{2,6})[ -]?(\d{1,5})\b(?![.,]\d)/g;

/** The words of a text, each with the text between it and the word before (spaces, punctuation). */
function words(text: string): { segment: string; before: string }[] {
  const out: { segment: string; before: string }[] = [];
  let end = 0;
  const push = (segment: string, index: number) => {
    out.push({ segment, before: text.slice(end, index) });
    end = index + segment.length;
  };
  if (ASCII.test(text)) for (const m of text.matchAll(ASCII_WORD)) push(m[0], m.index);
  else if (!NEEDS_SEGMENTER.test(text)) for (const m of text.matchAll(WORD)) push(m[0], m.index);
  else for (const s of segmenter.segment(text)) if (s.isWordLike) push(s.segment, s.index);
  return out;
}

/** Plain text from what a questionnaire may contain: HTML tags, entities, odd spacing. */
export function plainText(input: string): string {
  // Most text has single spaces only: nothing to replace (a test is cheaper than a replace).
  if (!/[<&]/.test(input)) return /[^\S ]| {2}/.test(input) ? input.replace(/\s+/g, " ").trim() : input.trim();
  return input
    .replace(/<[^>]*>/g, " ")
    .replace(
      /&(nbsp|amp|lt|gt|quot|#39);/g,
      (_, name: string) => ({ nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name] ?? " ",
    )
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

// One questionnaire item is read several times (the item, its parts, its topic): the last few
// texts are remembered. Few, so a questionnaire's next items never find theirs here.
const recent = new Map<string, WordTerm[]>();
const RECENT = 32;

/** Each word of the text with its term, in order; function words give no term. */
export function wordTerms(input: string): WordTerm[] {
  let out = recent.get(input);
  if (!out) {
    if (recent.size >= RECENT) recent.clear();
    recent.set(input, (out = readWords(input)));
  }
  return out;
}

function readWords(input: string): WordTerm[] {
  // Phrases become one term; what the text said is kept, to name a term back to the reader.
  const said = new Map<string, string>();
  // "the agency's data" is about the agency: the possessive is not part of the word.
  // Each step runs only on text it can change: most questionnaire text is plain ASCII words.
  let text = plainText(input);
  if (!ASCII.test(text)) text = text.normalize("NFKC");
  if (/\d/.test(text)) {
    text = text.replace(STANDARD, (found, name: string, number: string) => {
      said.set(`${name}${number}`.toLowerCase(), found);
      return `${name}${number}`;
    });
  }
  text = text.toLowerCase().replace(/[-_/]/g, " ");
  if (/['’]/.test(text)) text = text.replace(/(?<=\p{L})['’]s\b/gu, "");
  for (const [phrase, pattern] of phrasesIn(text)) {
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
    const word = segment.includes("_") ? segment.replace(/_/g, " ") : segment;
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
