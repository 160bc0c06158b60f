import { PHRASES, canonical } from "./synonyms";

// One tokenizer for site search and questionnaire matching, in both languages. Chinese has no
// spaces: Intl.Segmenter (built into browsers and Node) finds the words.
const STOPWORDS = new Set(
  ("a about an and are as at be been by can could did do does for from has have how i if in is it its of on or our should that the their them then there these this those to was we were what when where which who whom why will with would you your yours any all also please describe provide explain so than even might may must shall upon into very " +
    "的 了 和 与 及 是 在 对 为 有 吗 呢 请 您 你 我们 是否 如何 哪些 什么 怎样 以及 或 等").split(/\s+/),
);

// A phrase takes its plural with it: "data centers" is one term, not "datacenter" and "s".
const PHRASE_PATTERNS = PHRASES.map((phrase) => [phrase, new RegExp(`${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${/[a-z]$/.test(phrase) ? "s?" : ""}`, "g")] as const);

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
// Latin-script text has spaces: a regular expression finds the same words as the segmenter
// (Unicode word rules: "don't", "3.4", "1,000", "e.g" stay whole) at a tenth of the cost.
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:(?<=\p{L})[.'’:](?=\p{L})|(?<=\p{N})[.,'’](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;
const NEEDS_SEGMENTER = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

function words(text: string): string[] {
  if (!NEEDS_SEGMENTER.test(text)) return text.match(WORD) ?? [];
  return Array.from(segmenter.segment(text), (s) => (s.isWordLike ? s.segment : "")).filter(Boolean);
}

/** Plain text from what a questionnaire may contain: HTML tags, entities, odd spacing. */
export function plainText(input: string): string {
  return input
    .replace(/<[^>]*>/g, " ")
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_, name: string) => ({ nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name] ?? " ")
    .replace(/\s+/g, " ")
    .trim();
}

function stem(word: string): string {
  // Light English stemming: enough to meet "backups"/"backup", "encrypted"/"encrypt".
  if (!/^[a-z]+$/.test(word) || word.length <= 4) return word;
  // A final "e" goes too, so "resume", "resumed" and "resuming" meet.
  return word.replace(/(ies)$/, "y").replace(/(sses)$/, "ss").replace(/([^s])s$/, "$1").replace(/ation$/, "ate").replace(/(ing|ed)$/, "").replace(/([^e])e$/, "$1");
}

/** Lower-cased, phrase-joined, synonym-mapped, stemmed terms without stopwords. */
export function tokenize(input: string): string[] {
  let text = plainText(input).normalize("NFKC").toLowerCase().replace(/[-_/]/g, " ");
  for (const [phrase, pattern] of PHRASE_PATTERNS) if (text.includes(phrase)) text = text.replace(pattern, ` ${canonical(phrase).replace(/\s/g, "_")} `);
  const terms: string[] = [];
  for (const segment of words(text)) {
    const word = segment.replace(/_/g, " ");
    if (STOPWORDS.has(word)) continue;
    const mapped = canonical(word);
    terms.push(mapped === word ? canonical(stem(word)) : mapped);
  }
  return terms;
}
