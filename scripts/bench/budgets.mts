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

export function checkBudgets(routes: RouteMeasurement[], floorBytes: number): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const { route, content, lighthouse, firstLoadBytes } of routes) {
    for (const category of CATEGORIES) {
      const score = lighthouse.scores[category];
      const lost = lighthouse.failing[category]?.join(", ");
      checks.push({ route, budget: `${category} = ${BUDGETS.categoryScore}`, pass: score >= BUDGETS.categoryScore, detail: lost ? `${score} (${lost})` : String(score) });
    }
    const ratio = firstLoadBytes / floorBytes;
    if (content) checks.push({ route, budget: `first-load JS ≤ ${BUDGETS.firstLoadOverFloor} × floor`, pass: ratio <= BUDGETS.firstLoadOverFloor, detail: `${ratio.toFixed(2)} × floor` });
    checks.push({ route, budget: `CLS ≤ ${BUDGETS.maxCls}`, pass: lighthouse.cls <= BUDGETS.maxCls, detail: lighthouse.cls.toFixed(3) });
  }
  return checks;
}
