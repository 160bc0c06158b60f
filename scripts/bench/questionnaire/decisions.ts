// `npx tsx scripts/bench/questionnaire/decisions.ts --write`: the matcher's decisions on real
// questions, kept in decisions.json so that a change meant only to make the matcher faster (or
// tidier) shows at once if it changes any outcome (decisions.test.ts). The questions: the five
// development sets (not written by us) against the English and the Chinese base, and every
// question and phrasing of the answer library, in its own language. A change that is meant to
// change decisions (new content, better matching) rewrites the file with --write, and its diff
// shows which rows moved.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadAnswerBase } from "../../../lib/answers/load";
import type { AnswerBase } from "../../../lib/answers/types";
import { createMatcher, type Candidate, type Scored } from "../../../lib/questionnaire/matcher";
import { BENCH_DIR, loadLabelled } from "./labels";

export const DECISIONS_FILE = path.join(BENCH_DIR, "decisions.json");

export type Decision = {
  question: string;
  status: string;
  unit: string | null;
  confidence: number;
  missing: string[];
  /** The three candidates explained: unit id, coverage, relevance. */
  candidates: [string, number, number][];
  /** Every candidate of every part as scored (rounded to 1e-6): a change the three above do not show. */
  scored: string;
};

export type Decisions = Record<"en" | "zh", Decision[]>;

// Focus and relevance are sums of logarithms: rounded, so that only a real change shows.
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const candidate = (c: Candidate) => [
  c.unit.id,
  round(c.coverage),
  round(c.relevance),
  round(c.focus),
  c.offSubject,
  c.missing,
  c.uncovered,
];
const digest = (scored: Scored) =>
  createHash("sha256")
    .update(JSON.stringify([scored.leads, scored.parts.map((part) => part.map(candidate))]))
    .digest("hex")
    .slice(0, 16);

function decisions(base: AnswerBase, questions: string[]): Decision[] {
  const matcher = createMatcher(base);
  return questions.map((question) => {
    const scored = matcher.score(question);
    const m = matcher.decide(scored);
    return {
      question,
      status: m.status,
      unit: m.unit?.id ?? null,
      confidence: m.confidence,
      missing: m.missing,
      candidates: m.candidates.map((c) => [c.unit.id, c.coverage, c.relevance]),
      scored: digest(scored),
    };
  });
}

// Chinese questions written for the unit tests (lib/questionnaire/*.test.ts, test/claims.test.ts).
const ZH_TESTS = [
  "客户数据托管在哪里？",
  "是否有管理服务器配置的流程？",
  "是否使用防火墙限制入站和出站网络流量？",
  "是否记录对生产系统的访问？",
  "服务器构建标准是否形成书面文件？",
  "是否有 SOC 2 Type II 报告？",
  "数据库多久备份一次？",
  "是否对静态数据和传输中的数据都进行加密？",
  "是否支持双因素认证？",
  "数据中心是否配备不间断电源？",
  "备份是否加密？",
  "贵方是否为员工提供安全意识培训？",
  "数据中心是否有漏水检测系统？",
  "贵方是否允许客户自行进行渗透测试？",
  "是否使用防火墙，默认拒绝所有访问？",
  "UpKeep 是否通过 ISO 27001 认证？",
  "贵方是否有 SOC 2 Type II 报告？",
  "贵方的 RPO 是多少？",
  "贵方的恢复点目标是多少？",
];

const libraryQuestions = (base: AnswerBase) => base.entries.flatMap((e) => [e.question, ...e.phrasings]);

/** The decisions as the matcher makes them now. */
export function currentDecisions(): Decisions {
  const en = loadAnswerBase("en");
  const zh = loadAnswerBase("zh");
  const sets = loadLabelled(createMatcher(en)).map((item) => item.question);
  return {
    en: decisions(en, [...sets, ...libraryQuestions(en)]),
    zh: decisions(zh, [...ZH_TESTS, ...libraryQuestions(zh), ...sets]),
  };
}

export const readDecisions = (): Decisions => JSON.parse(readFileSync(DECISIONS_FILE, "utf8")) as Decisions;

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1])) && process.argv.includes("--write")) {
  const current = currentDecisions();
  // One decision a line: a diff shows which questions moved.
  const lines = (list: Decision[]) => list.map((d) => `    ${JSON.stringify(d)}`).join(",\n");
  writeFileSync(DECISIONS_FILE, `{\n  "en": [\n${lines(current.en)}\n  ],\n  "zh": [\n${lines(current.zh)}\n  ]\n}\n`);
  console.log(`${DECISIONS_FILE}: ${current.en.length} English and ${current.zh.length} Chinese decisions`);
}
