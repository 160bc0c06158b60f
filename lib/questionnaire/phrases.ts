import { tokenize, wordTerms, type WordTerm } from "@/lib/text/tokenize";
import { TERM_QUALIFIERS } from "./qualifiers";

// A questionnaire item's topic as it is phrased: runs of topic words (phrases), the choices it
// offers between them ("A, B or C") and the subject it opens with.

// The wording every questionnaire wraps around its topic ("Please describe the process in place
// to ensure…"). Not one of these narrows what is asked; qualifiers are kept apart.
const FRAME = new Set(
  tokenize(
    "describe description explain provide list detail details specify indicate outline give select following include including example e.g etc n/a " +
      "place ensure exist existing use using utilise utilize employ adopt conduct undertake perform carry carried implement implemented maintain establish established " +
      "process processes procedure procedures mechanism mechanisms measure measures practice practices approach method methods " +
      "organisation organization company vendor supplier service solution offer support technology technologies tool tools " +
      "appropriate adequate sufficient relevant applicable effective necessary proper properly current currently " +
      "take taken done made often frequently yes answer question response kind type whether able allow require required requirement requirements " +
      "way ways manner basis order regard respect also instance apply applies applicable program programme programs programmes different identify identified designate designated part protect protection protected cover covers covered level levels degree extent authorized authorised install installed installation " +
      "公司 供应商 提供 要求 确保 流程 程序 相关 具体 说明 描述 进行 采取 措施 机制 是否 哪家 使用 多久 频率 多长时间 所有 " +
      "配备 具备 拥有 设有 部署 实施 建立 制定 执行 保证 存在 何种 怎样 方面 情况 方式 需要 防护 保护 防范 防御",
  ),
);

const QUALIFIER_TERMS = new Set(TERM_QUALIFIERS.flatMap((q) => q.terms));
// Words that join a name without naming anything: "host-based firewall" is one phrase, of two words.
const TRANSPARENT = new Set(tokenize("based"));

// What illustrates or restates rather than asks: a parenthesis ("(e.g. ISO 27001)", "(MFA)",
// "(whether performed by the provider or the agency)") and a list of examples after "e.g." or
// "such as". Its words do not count for the topic; qualifiers in it still do.
export const ASIDE =
  /\([^()]*\)|\[[^[\]]*\]|(?:\b(?:e\.g|i\.e|for example|for instance|such as|examples?)\b|例如|比如|诸如)[^.?!;:。？！；：]*/gi;
// "or" between alternatives, not between two questions ("…, or are some shared?").
const OR = /\bor\b(?!\s+(?:is|are|do|does|did|will|would|can|could|should|has|have|was|were)\b)|或者?|还是/;

/** The topic's phrases, and which of them the question offers as alternatives. */
export function phrasesOf(words: WordTerm[]): {
  topic: Map<string, string>;
  phrases: string[][];
  alternatives: number[][][];
  verbFirst: boolean[];
} {
  const topic = new Map<string, string>();
  const phrases: string[][] = [];
  // What stood before each phrase, to find "A, B or C".
  const before: string[] = [];
  let phrase: string[] = [];
  let pending = "";
  const isTopic = (term: string) => !FRAME.has(term) && !QUALIFIER_TERMS.has(term);
  words.forEach(({ term, word, before: between }, i) => {
    if (TRANSPARENT.has(term)) return;
    pending += ` ${between}`;
    if (/\S/.test(between) || !isTopic(term)) {
      if (phrase.length > 0) phrases.push(phrase);
      phrase = [];
    }
    if (!isTopic(term)) {
      pending += ` ${word} `;
      return;
    }
    // A participle that ends a run says what is done to the words before it ("Are visitors to
    // the data center escorted?"): it is not part of their name.
    const next = words[i + 1];
    if (
      phrase.length > 0 &&
      /[a-z]ed$/.test(word) &&
      (!next || (/\S/.test(next.before) && !/[,，、]/.test(next.before)) || !isTopic(next.term))
    ) {
      phrases.push(phrase);
      phrase = [];
      pending = " ~ ";
    }
    if (phrase.length === 0) [before[phrases.length], pending] = [pending, ""];
    if (!topic.has(term)) topic.set(term, word);
    if (!phrase.includes(term)) phrase.push(term);
  });
  if (phrase.length > 0) phrases.push(phrase);
  const alternatives: number[][][] = [];
  const commas = (i: number) => /^[\s,，、]+$/.test(before[i] ?? "");
  const preposition = (i: number) => /^\s*(?:in|of|to|for|on|at|by|with)\s*$/.test(before[i] ?? "");
  for (let i = 1; i < phrases.length; i++) {
    if (!OR.test(before[i] ?? "")) continue;
    // "A, B, or C": the phrases before "or" that commas alone separate are the other alternatives;
    // "categorized in tiers or certified" and "or a similar outsourced, virtual-machine-based
    // data center" are one alternative each.
    let start = i - 1;
    while (start > 0 && preposition(start)) start--;
    const choice: number[][] = [Array.from({ length: i - start }, (_, k) => start + k)];
    let first = start;
    while (first > 0 && commas(first)) choice.unshift([--first]);
    let last = i;
    while (last + 1 < phrases.length && commas(last + 1)) last++;
    choice.push(Array.from({ length: last - i + 1 }, (_, k) => i + k));
    const previous = alternatives.at(-1);
    // "A or B or C" is one choice.
    if (previous && (previous.at(-1)?.at(-1) ?? -1) >= first) previous.push(choice.at(-1) ?? []);
    else alternatives.push(choice);
    i = last;
  }
  // After "you", "we" or "to" comes a verb.
  const verbFirst = phrases.map((_, i) => /\b(?:you|we|they|to|not)\s*$/i.test(before[i] ?? ""));
  return { topic, phrases, alternatives, verbFirst };
}

const CHINESE_SUBJECT = /^(.*?)(?:是否|能否|可否|有没有|是不是|会不会)/u;
// What a question is about when it opens with it: the subject of an "is"/"are" question ("Are
// backups encrypted?"), the object of a request ("List the countries where…", "Describe your
// backup process") and what a "which"/"what" asks for ("Which cloud provider…"). In "Does the
// virtual image include a host-based firewall?" the object is what is asked: no subject.
const DETERMINERS = String.raw`(?:(?:the|a|an|all|any|your|our|their|its|this|these|those|each|every|some|both)\s+)*`;
const SUBJECT = new RegExp(
  String.raw`^\W*(?:(?:is|are|was|were)\s+(?:there\s+)?|(?:please\s+)?(?:list|describe|explain|provide|specify|indicate|state|name|identify|outline|detail|give)\s+|(?:what|which)\s+(?!(?:is|are|was|were|do|does|did|has|have|can|could|will|would|should|may|must)\b))${DETERMINERS}([\p{L}\p{N}].*)`,
  "iu",
);

/**
 * The question's opening subject, if it opens with one that is not the vendor: the phrase it
 * opens with, without a participle that may follow it ("Are backups encrypted?": backups).
 */
export function subjectOf(question: string, words: WordTerm[], phrases: string[][]): string[] {
  // Chinese puts the subject before 是否 ("备份是否加密？"); "贵方是否…" names the vendor.
  const before = CHINESE_SUBJECT.exec(question)?.[1];
  if (before !== undefined)
    return wordTerms(before)
      .map((w) => w.term)
      .filter((t) => phrases.some((p) => p.includes(t)));
  const rest = SUBJECT.exec(question)?.[1];
  if (!rest) return [];
  // "Is the service hosted in…" opens with the vendor's service, not with a subject of its own.
  const term = wordTerms(rest)[0]?.term;
  const first = phrases.find((p) => term !== undefined && p.includes(term));
  if (!term || !first) return [];
  const participles = new Set(words.filter((w) => /ed$/.test(w.word)).map((w) => w.term));
  return first.filter((t) => t === term || !participles.has(t));
}
