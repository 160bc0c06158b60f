// `npm run bench:questionnaire`: the matcher on real questionnaires against our own labels
// (lib/questionnaire/bench/labels.csv: which section, if any, answers each question).
// Precision: answered questions that cite a right section. Recall: answerable questions answered.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import Papa from "papaparse";
import { loadLibrary } from "../lib/answers/load";
import { createMatcher } from "../lib/questionnaire/matcher";

type Row = Record<string, string>;
const csv = (file: string) => Papa.parse<Row>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;

const labels = new Map(csv("lib/questionnaire/bench/labels.csv").map((r) => [`${r.set}/${r.id}`, (r.sections ?? "").split(/\s+/).filter(Boolean)]));
const matcher = createMatcher(loadLibrary("en"));
const sets = [
  ["vsaq-physical-and-programs", "lib/questionnaire/bench/sets/vsaq-physical-and-programs.csv"],
  ["mvsp", "lib/questionnaire/bench/sets/mvsp.csv"],
] as const;
const verbose = process.argv.includes("--verbose");

const table = [];
const all: string[] = [];
for (const [set, file] of sets) {
  const rows = csv(file);
  let answered = 0, correct = 0, answerable = 0, found = 0;
  for (const row of rows) {
    const question = row.question ?? "";
    all.push(question);
    const expected = labels.get(`${set}/${row.id}`) ?? [];
    const result = matcher.match(question);
    const cited = (result.entry?.cites ?? []).map((c) => c.split("#")[0] ?? "");
    const right = cited.some((s) => expected.includes(s));
    if (expected.length > 0) answerable++;
    if (result.status === "answered") {
      answered++;
      if (right) correct++;
      if (right && expected.length > 0) found++;
    }
    if (verbose && (result.status === "answered" || expected.length > 0) && !(right && result.status === "answered")) {
      console.log(`${right ? "  " : "✗ "}${set}/${row.id} [${expected.join(" ") || "-"}] -> ${result.entry?.id ?? "not covered"} (${result.confidence}) ${question.replace(/\s+/g, " ").slice(0, 90)}`);
    }
  }
  table.push({
    set, questions: rows.length, answerable, answered, "not covered": rows.length - answered,
    precision: answered ? `${((correct / answered) * 100).toFixed(1)}%` : "n/a",
    recall: answerable ? `${((found / answerable) * 100).toFixed(1)}%` : "n/a",
  });
}
console.log(`\nQuestionnaire matcher (threshold ${matcher.threshold}) against lib/questionnaire/bench/labels.csv\n`);
console.table(table);

// Speed: 1,000 questions drawn from the sets, matched one after another.
const thousand = Array.from({ length: 1000 }, (_, i) => all[i % all.length] ?? "");
const started = performance.now();
for (const q of thousand) matcher.match(q);
console.log(`Time to answer 1,000 questions: ${(performance.now() - started).toFixed(0)} ms`);
