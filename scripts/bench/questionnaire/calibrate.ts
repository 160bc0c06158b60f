import type { Matcher } from "../../../lib/questionnaire/matcher";
import type { Thresholds } from "../../../lib/questionnaire/thresholds";
import { figures, type Figures, type Labelled } from "./metrics";

// Thresholds are chosen on some sets and judged on another: the figures for a set are honest
// only when that set had no say in the thresholds (leave one set out).

export const TARGETS = { precision: 0.95, recall: 0.7, cited: 0.9, noneAnswered: 0.03, noneReview: 0.15 };

const GRID = Array.from({ length: 11 }, (_, i) => 0.5 + i * 0.05).map((x) => Math.round(x * 100) / 100);
const FOCUS = [0.1, 0.15, 0.2, 0.25, 0.3];

/** Targets missed cost most; within them, more answered and more cited questions win. */
function merit(f: Figures): number {
  const shortfall =
    Math.max(0, TARGETS.precision - (f.precision ?? 1)) * 20 +
    Math.max(0, (f.noneAnswered ?? 0) - TARGETS.noneAnswered) * 20 +
    Math.max(0, (f.noneReview ?? 0) - TARGETS.noneReview) * 5;
  return (f.recall ?? 0) + (f.cited ?? 0) - shortfall;
}

/** The thresholds with the best merit on these items; of equals, the stricter. */
export function choose(items: Labelled[], matcher: Matcher): Thresholds {
  let best: Thresholds = { answer: 1, focus: 1 };
  let bestMerit = -Infinity;
  for (const answer of GRID) {
    for (const focus of FOCUS) {
      const m = merit(figures(items, matcher, { answer, focus }));
      if (m > bestMerit + 1e-9) [best, bestMerit] = [{ answer, focus }, m];
    }
  }
  return best;
}

export type HeldOut = { set: string; thresholds: Thresholds; figures: Figures };

/** Each set judged at thresholds chosen on all the others. */
export function leaveOneOut(items: Labelled[], matcher: Matcher): HeldOut[] {
  const sets = Array.from(new Set(items.map((i) => i.set)));
  return sets.map((set) => {
    const thresholds = choose(
      items.filter((i) => i.set !== set),
      matcher,
    );
    return {
      set,
      thresholds,
      figures: figures(
        items.filter((i) => i.set === set),
        matcher,
        thresholds,
      ),
    };
  });
}
