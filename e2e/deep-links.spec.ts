import { expect, test } from "@playwright/test";
import { expectLandedOn } from "./pages/heading";

test("a deep link lands on its heading, highlighted", async ({ page }) => {
  await page.goto("/security/network-security#ddos-mitigation");
  await expectLandedOn(page, "ddos-mitigation");
  const other = await page.locator("#firewalls").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(other).toMatch(/rgba\(0, 0, 0, 0\)/);
});

test("a deep link into the one-page whitepaper lands on the section", async ({ page }) => {
  await page.goto("/zh/security#backups");
  await expectLandedOn(page, "backups");
});

test.describe("copy link", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("appears on hover and copies the heading's absolute URL", async ({ page, baseURL }) => {
    await page.goto("/security/network-security");
    const button = page.getByRole("button", { name: "Copy link to Firewalls" });
    await expect(button).toHaveCSS("opacity", "0");
    await page.getByRole("heading", { name: "Firewalls" }).hover();
    await expect(button).toHaveCSS("opacity", "1");
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/security/network-security#firewalls`,
    );
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveCount(1);
  });

  test("is reachable from the keyboard and copies a section link on the one-page whitepaper", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/zh/security");
    const button = page.getByRole("button", { name: "复制链接： 备份" });
    await button.focus();
    await expect(button).toHaveCSS("opacity", "1");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/zh/security#backups`);
  });
});

test.describe("aliases keep old links working", () => {
  test("an earlier section id redirects permanently to the section", async ({ page, request }) => {
    const response = await request.get("/security/security-assessments", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe("/security/compliance");
    await page.goto("/zh/security/security-assessments");
    await expect(page).toHaveURL(/\/zh\/security\/compliance$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("安全评估与合规");
  });

  test("a renamed anchor moves to the heading's new id", async ({ page }) => {
    await page.goto("/security/network-security#ddos-protection");
    await expect(page).toHaveURL(/\/security\/network-security#ddos-mitigation$/);
    await expectLandedOn(page, "ddos-mitigation");
  });

  test("an old anchor on another section's page goes to the right page", async ({ page }) => {
    await page.goto("/security/overview#ddos-protection");
    await expect(page).toHaveURL(/\/security\/network-security#ddos-mitigation$/);
  });

  test("an earlier section id as an anchor of the one-page whitepaper", async ({ page }) => {
    await page.goto("/security#security-assessments");
    await expect(page).toHaveURL(/\/security#compliance$/);
    await expectLandedOn(page, "compliance");
  });
});
