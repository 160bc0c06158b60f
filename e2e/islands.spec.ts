import { expect, test } from "@playwright/test";
import { enhanced } from "./pages/islands";
import { watchScripts } from "./pages/scripts";

test("reading pages load no framework JavaScript, only their small enhancements", async ({ page }) => {
  const scripts = watchScripts(page);
  for (const url of ["/", "/security", "/zh/security/backups", "/status", "/faq"]) {
    await page.goto(url);
    await enhanced(page);
  }
  expect(scripts).toContain("/islands/main.js");
  // main.js and the small chunks it shares with the questionnaire's code (vite's import helper).
  expect(scripts.filter((path) => !path.startsWith("/islands/"))).toEqual([]);
});

test("the questionnaire hydrates its tool without Next's runtime, and leaving it loads the next page whole", async ({
  page,
}) => {
  const scripts = watchScripts(page);
  await page.goto("/questionnaire");
  await page.getByLabel("Paste questions").fill("How often are database backups taken?");
  await page.getByRole("button", { name: "Answer questions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "answered from this site" })).toHaveText(
    "1 of 1 question answered from this site.",
  );
  expect(scripts).toContain("/islands/questionnaire.js");
  expect(scripts.filter((path) => !path.startsWith("/islands/"))).toEqual([]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Security whitepaper" }).click();
  await expect(page).toHaveURL(/\/security$/);
  await page.keyboard.press("/");
  await expect(page.getByRole("dialog", { name: "Search the security pages" })).toBeVisible();
});
