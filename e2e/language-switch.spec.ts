import { expect, test } from "@playwright/test";

test("switching language keeps the reader on the same heading", async ({ page }) => {
  await page.goto("/security/backups#database-backups");
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/zh\/security\/backups#database-backups$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("备份");
});

test("switching language on the one-page whitepaper keeps the section being read", async ({ page }) => {
  await page.goto("/zh/security");
  await page.evaluate(() => document.getElementById("port-scanning")?.scrollIntoView({ block: "start" }));
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/security#port-scanning$/);
  await expect(page.locator("#port-scanning")).toBeInViewport();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the switch links to the other language's home from the home page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "中文" })).toHaveAttribute("href", "/zh");
  await page.goto("/zh");
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/");
});
