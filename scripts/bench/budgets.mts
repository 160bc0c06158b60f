// The performance budgets of issue 6, checked against one bench run's measurements.
import { CATEGORIES, type LighthouseResult } from "./lighthouse.mjs";

export const BUDGETS = {
  /** Every Lighthouse category, on every route. */
  categoryScore: 100,
  /** Content pages may ship at most this much first-load JavaScript over a blank App Router page. */
  firstLoadOverFloor: 1.15,
  /** "0-ish": a tenth of Lighthouse's own "good" threshold (0.1), so a visible jump fails. */
  maxCls: 0.01,
};

export type RouteMeasurement = {
  route: string;
  /** A page that is mostly reading; the questionnaire is an application and ships its tool. */
  content: boolean;
  lighthouse: LighthouseResult;
  firstLoadBytes: number;
};

export type BudgetCheck = { route: string; budget: string; pass: boolean; detail: string };

/** The blank App Router page of the same run: the framework's own cost and score. */
export type Floor = { firstLoadBytes: number; lighthouse: LighthouseResult };

export function checkBudgets(routes: RouteMeasurement[], floor: Floor): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const { route, content, lighthouse, firstLoadBytes } of routes) {
    for (const category of CATEGORIES) {
      const score = lighthouse.scores[category];
      const pass = score >= BUDGETS.categoryScore;
      // What cost the points, and what a blank page scores here: a miss the framework shares is not the site's.
      const why = [
        lighthouse.failing[category]?.join(", "),
        pass ? "" : `blank page ${floor.lighthouse.scores[category]}`,
      ]
        .filter(Boolean)
        .join("; ");
      checks.push({
        route,
        budget: `${category} = ${BUDGETS.categoryScore}`,
        pass,
        detail: why ? `${score} (${why})` : String(score),
      });
    }
    const ratio = firstLoadBytes / floor.firstLoadBytes;
    if (content)
      checks.push({
        route,
        budget: `first-load JS ≤ ${BUDGETS.firstLoadOverFloor} × floor`,
        pass: ratio <= BUDGETS.firstLoadOverFloor,
        detail: `${ratio.toFixed(2)} × floor`,
      });
    checks.push({
      route,
      budget: `CLS ≤ ${BUDGETS.maxCls}`,
      pass: lighthouse.cls <= BUDGETS.maxCls,
      detail: lighthouse.cls.toFixed(3),
    });
  }
  return checks;
}
