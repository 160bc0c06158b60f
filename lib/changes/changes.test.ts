import { describe, expect, it } from "vitest";
import { allChanges, monthsBefore } from "./changes";

describe("/changes", () => {
  it("starts 12 months before the build day by default", () => {
    expect(monthsBefore("2026-11-29")).toBe("2025-11-29");
    expect(monthsBefore("2027-03-31", 1)).toBe("2027-03-03");
  });

  it.each(["en", "zh"] as const)(
    "lists sections, the subprocessor list and the status checks, newest first (%s)",
    (locale) => {
      const changes = allChanges(locale);
      expect(changes.filter((c) => c.area === "section")).toHaveLength(10);
      expect(changes.filter((c) => c.area === "subprocessor").map((c) => c.summary)).toEqual([
        locale === "en" ? "Amazon Web Services, Stripe" : "Amazon Web Services、Stripe",
      ]);
      expect(changes.filter((c) => c.area === "status")).toHaveLength(1);
      expect(changes.map((c) => c.date)).toEqual([...changes.map((c) => c.date)].sort().reverse());
      expect(changes.every((c) => c.href.startsWith(locale === "en" ? "/" : "/zh/"))).toBe(true);
    },
  );
});
