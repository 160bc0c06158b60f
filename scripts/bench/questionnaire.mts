// `npm run bench:questionnaire [-- --verbose]`: the matcher on five real questionnaires against
// our labels (scripts/bench/questionnaire/labels.csv). Each set's figures are measured at thresholds
// chosen on the other four (leave one set out), so no set grades thresholds it helped choose.
import { performance } from "node:perf_hooks";
import { loadAnswerBase } from "../../lib/answers/load";
import { choose, leaveOneOut, TARGETS } from "./questionnaire/calibrate";
import { loadLabelled } from "./questionnaire/labels";
import { citesRight, figures, type Figures } from "./questionnaire/metrics";
import { createMatcher } from "../../lib/questionnaire/matcher";
import { DEFAULT_THRESHOLDS } from "../../lib/questionnaire/thresholds";

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

// Speed, as the page and the command line do it: build the matcher, answer 1,000 questions.
const thousand = Array.from({ length: 1000 }, (_, i) => items[i % items.length]?.question ?? "");
const started = performance.now();
const fresh = createMatcher(loadAnswerBase("en"));
for (const q of thousand) fresh.match(q);
console.log(
  `\nTime to load the answer base and answer 1,000 questions: ${(performance.now() - started).toFixed(0)} ms`,
);
