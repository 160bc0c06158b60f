// `npm run bench:questionnaire [-- --verbose]`: the matcher on five real questionnaires against
// our labels (scripts/bench/questionnaire/labels.csv). Each set's figures are measured at thresholds
// chosen on the other four (leave one set out), so no set grades thresholds it helped choose.
import { performance } from "node:perf_hooks";
import { loadAnswerBase } from "../../lib/answers/load";
import { choose, leaveOneOut, TARGETS } from "./questionnaire/calibrate";
import { loadLabelled, loadQuestions } from "./questionnaire/labels";
import { citesRight, figures, type Figures } from "./questionnaire/metrics";
import { createMatcher } from "../../lib/questionnaire/matcher";
import { DEFAULT_THRESHOLDS } from "../../lib/questionnaire/thresholds";

// Speed, as the page and the command line do it: load the answer base, build the matcher, answer
// 1,000 questions (the five sets' questions repeated). Measured first in this fresh process, as a
// command-line run or a new worker starts (nothing compiled or remembered yet), and again at the
// end, warm. The machine may be shared: this process's CPU time is given next to the wall clock.
const questions = loadQuestions();
const thousand = Array.from({ length: 1000 }, (_, i) => questions[i % questions.length] ?? "");
function timeThousand(): string {
  const clock = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
  const since = (from: ReturnType<typeof clock>) => {
    const cpu = process.cpuUsage(from.cpu);
    return `${(performance.now() - from.wall).toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`;
  };
  const started = clock();
  const base = loadAnswerBase("en");
  const loaded = since(started);
  const building = clock();
  const matcher = createMatcher(base);
  const built = since(building);
  const matching = clock();
  for (const q of thousand) matcher.match(q);
  const matched = since(matching);
  return `${since(started)}: load the answer base ${loaded}, build the matcher ${built}, answer 1,000 questions ${matched}`;
}
const cold = timeThousand();

const base = loadAnswerBase("en");
const matcher = createMatcher(base);
const items = loadLabelled(matcher);
const pct = (x: number | undefined) => (x === undefined ? "n/a" : `${(x * 100).toFixed(1)}%`);
const row = (f: Figures) => ({
  questions: f.questions,
  "clear/partial/none": `${f.clear}/${f.partial}/${f.none}`,
  answered: f.answered,
  precision: pct(f.precision),
  recall: pct(f.recall),
  "right section cited": pct(f.cited),
  "none answered": pct(f.noneAnswered),
  "none in review": pct(f.noneReview),
});

console.log(`\nLeave one set out: each set measured at thresholds chosen on the other four`);
console.log(
  `targets: precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}, cited ≥ ${TARGETS.cited}, none answered ≤ ${TARGETS.noneAnswered}, none in review ≤ ${TARGETS.noneReview}\n`,
);
console.table(
  Object.fromEntries(
    leaveOneOut(items, matcher).map((h) => [
      h.set,
      { "answer/focus": `${h.thresholds.answer}/${h.thresholds.focus}`, ...row(h.figures) },
    ]),
  ),
);

const chosen = choose(items, matcher);
console.log(
  `\nThresholds chosen on all five sets: answer ${chosen.answer}, focus ${chosen.focus}; shipped (lib/questionnaire/thresholds.ts): answer ${DEFAULT_THRESHOLDS.answer}, focus ${DEFAULT_THRESHOLDS.focus}`,
);
console.log("All five sets at the shipped thresholds (in sample, for reference only):");
console.table({ all: row(figures(items, matcher, DEFAULT_THRESHOLDS)) });

if (process.argv.includes("--verbose")) {
  for (const item of items) {
    const m = matcher.decide(item.scored);
    const right = citesRight(m.unit?.cites ?? [], item.sections);
    const wrong =
      (m.status === "answered" && !right) ||
      (item.answerability === "clear" && m.status !== "answered") ||
      (item.answerability === "none" && m.status !== "not_covered") ||
      (item.answerability === "partial" && !(m.status !== "not_covered" && right));
    if (!wrong) continue;
    console.log(
      `${item.answerability.padEnd(7)} ${m.status.padEnd(11)} ${item.set}/${item.id} [${item.sections.join(" ") || "-"}] -> ${m.unit?.id ?? "-"} (${m.confidence}) missing: ${m.missing.join(", ")}\n        ${item.question.replace(/\s+/g, " ").slice(0, 150)}`,
    );
  }
}

console.log(`\nFirst run, in a fresh process: ${cold}`);
console.log(`Time to load the answer base and answer 1,000 questions (warm): ${timeThousand()}`);
