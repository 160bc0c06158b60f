import { wordTerms, tokenize } from "@/lib/text/tokenize";
import { figures, OWN_CERTIFICATION, PATTERN_QUALIFIERS, TERM_QUALIFIERS, type QualifierLabel } from "./qualifiers";

// What a questionnaire item asks: its topic terms (weighed against a passage), and the
// qualifiers that a passage must also state for the item to count as answered.

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
    "公司 供应商 提供 要求 确保 流程 程序 相关 具体 说明 描述 进行 采取 措施 机制 是否 哪家 使用 多久 频率 多长时间 所有",
  ),
);

export type Asked = {
  /** Topic terms, each once, with the word the question used. */
  topic: { term: string; word: string }[];
  /** Qualifiers as term sets, asked when the question has one of the terms. */
  qualifiers: { label: QualifierLabel; covered: (stated: Set<string>, text: string) => boolean; elsewhere?: boolean }[];
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

const QUALIFIER_TERMS = new Set(TERM_QUALIFIERS.flatMap((q) => q.terms));

export function analyse(question: string): Asked {
  const words = wordTerms(question);
  const terms = new Set(words.map((w) => w.term));
  const topic = new Map<string, string>();
  for (const { term, word } of words) if (!FRAME.has(term) && !QUALIFIER_TERMS.has(term) && !topic.has(term)) topic.set(term, word);
  const qualifiers: Asked["qualifiers"] = [];
  for (const q of TERM_QUALIFIERS) {
    if (!q.terms.some((t) => terms.has(t))) continue;
    const by = q.statedBy ?? q.terms;
    qualifiers.push({ label: q.label, elsewhere: q.elsewhere, covered: (terms, text) => by.some((t) => terms.has(t)) || (q.statedPattern ? states(q.statedPattern, text) : false) });
  }
  for (const q of PATTERN_QUALIFIERS) if (q.asks.test(question)) qualifiers.push({ label: q.label, covered: (_, text) => states(q.statedPattern, text) });
  for (const figure of figures(question)) {
    qualifiers.push({ label: { said: figure.said }, covered: (_, text) => statedFigures(text).has(figure.key) });
  }
  if (OWN_CERTIFICATION.terms.some((t) => terms.has(t)) && !OWN_CERTIFICATION.holders.some((h) => terms.has(h))) {
    // No passage states a certification of the company's own while naming no provider as its holder.
    qualifiers.push({ label: OWN_CERTIFICATION.label, covered: (terms) => OWN_CERTIFICATION.terms.some((t) => terms.has(t)) && !OWN_CERTIFICATION.holders.some((h) => terms.has(h)) });
  }
  return { topic: Array.from(topic, ([term, word]) => ({ term, word })), qualifiers };
}
