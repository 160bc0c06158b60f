import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { allPages } from "./fixtures";

for (const path of [...allPages, "/no-such-page", "/zh/no-such-page"]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    // The FAQ is the longest page: axe walks every node, which on a busy two-core runner took 32 s.
    test.slow();
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });
  for (const path of ["/", "/security", "/zh/security/backups"]) {
    test(`axe finds no violations on ${path} in dark mode`, async ({ page }) => {
      test.slow();
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }
});
