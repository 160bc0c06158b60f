import { expect, test } from "@playwright/test";
import { SITE_URL, allPages, sections } from "./fixtures";

test.describe("home", () => {
  test("English home shows what is protected, the certifications, live status and every section", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Security at UpKeep");
    await expect(page.getByRole("heading", { name: "How your data is protected" })).toBeVisible();
    const certs = page.getByRole("region", { name: "Certifications held by our providers" });
    for (const cert of [
      "ISO 27001",
      "SOC 1 / SSAE 16 / ISAE 3402 (formerly SAS 70 Type II)",
      "PCI DSS Level 1",
      "FISMA Moderate",
    ])
      await expect(certs.getByText(cert, { exact: true })).toBeVisible();
    // Whose they are is said with them: Amazon's data center operations and Stripe, not UpKeep.
    await expect(certs).toContainText("held by Amazon's data center operations, not by UpKeep");
    await expect(certs).toContainText("Stripe");
    await expect(page.getByRole("region", { name: "Live status" })).toBeVisible();
    const cards = page.getByRole("region", { name: "The whitepaper, section by section" }).getByRole("link");
    await expect(cards).toHaveText(sections("en").map((s) => s.title));
  });

  test("Chinese home is in Chinese, with the certification names spelled right", async ({ page }) => {
    await page.goto("/zh");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("UpKeep 的安全保障");
    await expect(page.getByText("PCI DSS 1 级", { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "白皮书各章节" }).getByRole("link")).toHaveText(
      sections("zh").map((s) => s.title),
    );
  });
});

for (const locale of ["en", "zh"] as const) {
  for (const section of sections(locale)) {
    test(`${section.path} shows its section, last-updated date and metadata`, async ({ page }) => {
      const response = await page.goto(section.path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(section.title);
      await expect(page.getByTestId("last-updated")).toHaveAttribute("datetime", section.updated);
      await expect(page.getByText(locale === "en" ? "Last updated:" : "最后更新：")).toBeVisible();
      for (const anchor of section.anchors) await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
      await expect(page).toHaveTitle(new RegExp(`^${section.title} · `));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${SITE_URL}${section.path}`);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
        "href",
        `${SITE_URL}/security/${section.id}`,
      );
      await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
        "href",
        `${SITE_URL}/zh/security/${section.id}`,
      );
      const description = await page.locator('meta[name="description"]').getAttribute("content");
      expect(description?.length).toBeGreaterThan(20);
      const image = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(image).toBe(`${SITE_URL}/og/${locale}/${section.id}.png`);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
      await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", image ?? "");
    });
  }
}

test("the one-page whitepaper holds every section under an element with its id, in order", async ({ page }) => {
  for (const locale of ["en", "zh"] as const) {
    await page.goto(locale === "en" ? "/security" : "/zh/security");
    const ids = await page.locator("main section[data-section]").evaluateAll((els) => els.map((el) => el.id));
    expect(ids).toEqual(sections(locale).map((s) => s.id));
    const contents = page.getByRole("navigation", { name: locale === "en" ? "Contents" : "目录" });
    for (const s of sections(locale))
      await expect(contents.getByRole("link", { name: s.title, exact: true })).toHaveAttribute("href", `#${s.id}`);
  }
});

test("the table of contents follows the reader", async ({ page }) => {
  await page.goto("/security");
  const contents = page.getByRole("navigation", { name: "Contents" });
  await page.locator("#system-security").scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById("system-security")?.scrollIntoView({ block: "start" }));
  await expect(contents.locator('a[aria-current="location"]')).toHaveText("System security");
  await page.evaluate(() => document.getElementById("database-backups")?.scrollIntoView({ block: "start" }));
  await expect(contents.locator('a[aria-current="location"]')).toHaveText("Application databases");
});

test("an unknown section is a 404 that leads back to the whitepaper", async ({ page }) => {
  const response = await page.goto("/security/no-such-section");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Security whitepaper" }).first()).toBeVisible();
});

// Feed readers, link unfurlers and browsers showing /status.json ask for /favicon.ico without
// reading a page's icon link.
test("/favicon.ico is the site's icon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/icon/);
  expect([...(await response.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});

// A URL that matches no page is a 404 with the site's frame and a way back, never a blank page
// (a 404 rendered only by the browser would be emptied by the runtime cut). Outside any locale's
// prefix it is the global not-found page: English, with the way back in Chinese too.
const UNKNOWN_PAGES = ["/faq/no-such-page", "/fr/security/backups", "/no-such-page"];
for (const path of UNKNOWN_PAGES) {
  test(`${path} is a 404 with a way back in every language`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("banner").getByRole("link", { name: "Security whitepaper" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link")).not.toHaveCount(0);
    await expect(page.locator('main p[lang="zh-CN"]')).toContainText("您访问的页面不存在");
    await expect(page.locator('main p[lang="zh-CN"]').getByRole("link")).toHaveAttribute("href", "/zh/security");
  });
}

// Any URL under /zh that matches no page, or a page's unknown id, is answered in the Chinese
// frame (its own 404 page; e2e/zh-text.spec.ts checks that no English is left on it).
for (const path of [
  "/zh/no-such-page",
  "/zh/no/such/page",
  "/zh/security/no-such-section",
  "/zh/updates/no-such-update",
]) {
  test(`${path} is a 404 in the Chinese frame`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
    await expect(page.getByRole("main").getByRole("link")).toHaveAttribute("href", "/zh/security");
  });
}

test.describe("small screens", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of allPages) {
    test(`${path} fits 320 px without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });
  test("follows the system setting", async ({ page }) => {
    await page.goto("/security/backups");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/[\d.]+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(100);
  });
});

test("print shows the contents and writes out link targets, without the site's chrome", async ({ page }) => {
  await page.goto("/security");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  const contents = page.locator('[data-print="contents"]');
  await expect(contents).toBeVisible();
  const after = await contents.locator('a[href="#backups"]').evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain(`${SITE_URL}/security#backups`);
  const external = await page
    .locator('.prose a[href^="https://aws.amazon.com"]')
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(external).toContain("https://aws.amazon.com/security/");
  await expect(page.getByRole("button", { name: /Copy link/ }).first()).toBeHidden();
});
