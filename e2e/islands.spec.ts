import { expect, test, type Page } from "@playwright/test";

/** The scripts a page loads, by path. */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

test("reading pages load no framework JavaScript, only their small enhancements", async ({ page }) => {
  const scripts = watchScripts(page);
  for (const url of ["/", "/security", "/zh/security/backups", "/status", "/faq"]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
  }
  expect([...new Set(scripts)]).toEqual(["/islands/main.js"]);
});

test("the questionnaire keeps React, and leaving it loads the next page whole, enhancements included", async ({ page }) => {
  const scripts = watchScripts(page);
  await page.goto("/questionnaire");
  await page.getByLabel("Paste questions").fill("How often are database backups taken?");
  await page.getByRole("button", { name: "Answer questions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "questions answered" })).toHaveText("1 of 1 questions answered from this site.");
  expect(scripts.some((path) => path.startsWith("/_next/static/"))).toBe(true);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Security whitepaper" }).click();
  await expect(page).toHaveURL(/\/security$/);
  await page.keyboard.press("/");
  await expect(page.getByRole("dialog", { name: "Search the security pages" })).toBeVisible();
});
