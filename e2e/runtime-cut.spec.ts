import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { scriptElements } from "../server/html-scripts.mjs";
import { removeFrameworkRuntime } from "../server/runtime-cut.mjs";
import { allPages } from "./fixtures";
import { enhanced } from "./pages/islands";
import { watchScripts } from "./pages/scripts";

// The cut over the real build output of every route, not imitations of Next's HTML: each page
// the build prerendered is classified whole, and each route still works once served without
// Next's runtime (no script error, no framework script, the islands answer).
const BUILT = path.join(".next", "server", "app");

test("every prerendered page of the build is classified and left with islands and data only", () => {
  const pages = readdirSync(BUILT, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".html"));
  expect(pages.length).toBeGreaterThanOrEqual(allPages.length);
  for (const name of pages) {
    const cut = removeFrameworkRuntime(readFileSync(path.join(BUILT, name), "utf8"), name);
    const executable = scriptElements(cut).filter(
      ({ attributes }) => !["application/json", "application/ld+json"].includes(attributes.type ?? ""),
    );
    expect(
      executable.map(({ attributes }) => attributes.src ?? "inline"),
      name,
    ).toEqual(executable.map(({ attributes }) => attributes.src).filter((src) => src?.startsWith("/islands/")));
  }
});

for (const url of allPages) {
  test(`${url} works without Next's runtime`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => (message.type() === "error" ? errors.push(message.text()) : undefined));
    const scripts = watchScripts(page);
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The search island is on every page: "/" opens it.
    await enhanced(page);
    expect(scripts.filter((src) => !src.startsWith("/islands/"))).toEqual([]);
    expect(errors).toEqual([]);
  });
}
