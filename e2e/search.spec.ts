import { expect, test } from "@playwright/test";

test("the / key opens search; a result lands on the exact heading", async ({ page }) => {
  await page.goto("/security");
  const search = page.getByRole("dialog", { name: "Search the security pages" });
  // The key works once the page is interactive; a reader who presses it early simply presses again.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(search).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await search.getByRole("searchbox").fill("denial of service");
  const result = search.getByRole("link", { name: /DDoS mitigation/ }).first();
  await expect(result).toContainText("TCP SYN cookies");
  await result.click();
  await expect(page).toHaveURL(/\/security\/network-security#ddos-mitigation$/);
  await expect(page.locator("#ddos-mitigation")).toBeInViewport();
});

test("security synonyms: 2FA finds two-factor authentication", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("searchbox").fill("2FA");
  await expect(page.getByRole("dialog").getByRole("link").first()).toContainText(/two-factor/i);
});

test("Chinese queries are segmented", async ({ page }) => {
  await page.goto("/zh");
  await page.getByRole("button", { name: "搜索" }).click();
  await page.getByRole("searchbox").fill("数据库快照");
  const first = page.getByRole("dialog").getByRole("link").first();
  await expect(first).toContainText("数据库");
  await expect(first).toHaveAttribute(
    "href",
    /\/zh\/(security\/backups#database-backups|faq#database-backup-frequency)$/,
  );
});
