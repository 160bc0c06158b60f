// Words that carry grammar, not meaning: articles, pronouns, auxiliaries, prepositions and
// question words. Nothing here may narrow what a question asks: "documented", "tested",
// "annually", "third-party" and the like are qualifiers, and stay (lib/questionnaire/qualifiers.ts).
export const FUNCTION_WORDS = new Set(
  (
    "a an the and or but nor of to in on at by for from with without into onto upon about as than then so if whether against " +
    "after before during within between across via per through throughout under over " +
    "is are was were be been being am do does did doing have has had having can could will would shall should may might must " +
    "i me my mine we us our ours you your yours he she it its they them their theirs this that these those there here " +
    "what which who whom whose when where why how all any each every some such also too very just please kindly yes no not other another least most more less many much few several various " +
    "的 了 和 与 及 是 在 对 为 有 吗 呢 请 您 你 我们 贵方 贵 方 贵公司 是否 如何 哪些 什么 怎样 以及 或 等 都 会 能否 可以 由 谁 哪里 哪个 何时 多少 怎么 为什么"
  ).split(/\s+/),
);
