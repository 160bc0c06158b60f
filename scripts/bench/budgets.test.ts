import { describe, expect, it } from "vitest";
import { checkBudgets, type RouteMeasurement } from "./budgets.mjs";

const perfect = { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 };
const route = (
  over: Partial<RouteMeasurement> & { scores?: Partial<typeof perfect>; cls?: number },
): RouteMeasurement => ({
  route: "/",
  content: true,
  firstLoadBytes: 110,
  ...over,
  lighthouse: {
    scores: { ...perfect, ...over.scores },
    lcpMs: 900,
    tbtMs: 0,
    cls: over.cls ?? 0,
    transferredBytes: 1,
    benchmarkIndex: 1500,
    failing: over.scores ? { accessibility: ["color-contrast"] } : {},
  },
});
const floor = { firstLoadBytes: 100, lighthouse: route({ scores: { accessibility: 90 } }).lighthouse };
const unmet = (routes: RouteMeasurement[]) => checkBudgets(routes, floor).filter((c) => !c.pass);

describe("checkBudgets", () => {
  it("passes a page at 100 everywhere, within 1.15 × the floor and without layout shift", () => {
    expect(unmet([route({})])).toEqual([]);
  });

  it("names the category that fell short, the audits that cost the points and the blank page's score", () => {
    expect(unmet([route({ scores: { accessibility: 96 } })])).toEqual([
      { route: "/", budget: "accessibility = 100", pass: false, detail: "96 (color-contrast; blank page 90)" },
    ]);
  });

  it("holds content pages, not the questionnaire tool, to the first-load JavaScript budget", () => {
    expect(unmet([route({ firstLoadBytes: 116 })]).map((c) => c.budget)).toEqual(["first-load JS ≤ 1.15 × floor"]);
    expect(unmet([route({ firstLoadBytes: 200, content: false })])).toEqual([]);
  });

  it("fails a visible layout shift", () => {
    expect(unmet([route({ cls: 0.05 })]).map((c) => c.detail)).toEqual(["0.050"]);
  });
});
