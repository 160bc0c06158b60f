import { describe, expect, it } from "vitest";
import { currentDecisions, readDecisions } from "./decisions";

// The matcher decides today as it did when decisions.json was written: every question of the five
// development sets and of the answer library keeps its status, cited unit, confidence, what it
// names as missing and its candidates. A change meant to alter decisions rewrites the file
// (`npx tsx scripts/bench/questionnaire/decisions.ts --write`) and its diff is reviewed.
const current = currentDecisions();
const recorded = readDecisions();

describe.each(["en", "zh"] as const)("the matcher's decisions in %s", (locale) => {
  it("cover the same questions", () => {
    expect(current[locale].map((d) => d.question)).toEqual(recorded[locale].map((d) => d.question));
    expect(recorded[locale].length).toBeGreaterThan(200);
  });

  it("are unchanged: status, unit, confidence, missing, candidates, and every scored candidate", () => {
    const changed = current[locale].filter((d, i) => JSON.stringify(d) !== JSON.stringify(recorded[locale][i]));
    expect(
      changed.slice(0, 5),
      `${changed.length} decisions changed; if meant, rewrite with npx tsx scripts/bench/questionnaire/decisions.ts --write and review the diff`,
    ).toEqual([]);
  });
});
