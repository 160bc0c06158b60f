import { expect, test } from "@playwright/test";
import { SITE_URL, sections, updateIds } from "./fixtures";

test("security.txt follows RFC 9116", async ({ request }) => {
  const response = await request.get("/.well-known/security.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m);
  expect(text).toContain(`Canonical: ${SITE_URL}/.well-known/security.txt`);
  expect(text).toMatch(/^Preferred-Languages: en, zh$/m);
  const expires = new Date(/^Expires: (.+)$/m.exec(text)?.[1] ?? "");
  expect(expires.getTime()).toBeGreaterThan(Date.now());
  expect(expires.getTime()).toBeLessThan(Date.now() + 366 * 24 * 3600 * 1000);
});

test("sitemap.xml lists every page in both languages with alternates", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const urls = Array.from(xml.matchAll(/<loc>([^<]+)<\/loc>/g), (m) => m[1]);
  const expected = [
    "/",
    "/security",
    "/status",
    "/faq",
    "/questionnaire",
    "/zh",
    "/zh/security",
    "/zh/status",
    "/zh/faq",
    "/zh/questionnaire",
    ...sections("en").map((s) => s.path),
    ...sections("zh").map((s) => s.path),
    ...["", "/zh"].flatMap((prefix) => [
      `${prefix}/updates`,
      `${prefix}/subprocessors`,
      `${prefix}/changes`,
      `${prefix}/documents`,
      ...["security", "subprocessor", "certification", "incident", "policy", "status"].map(
        (kind) => `${prefix}/updates/kind/${kind}`,
      ),
      ...updateIds().map((id) => `${prefix}/updates/${id}`),
    ]),
  ].map((p) => `${SITE_URL}${p}`);
  expect(urls.sort()).toEqual(expected.sort());
  expect(xml).toContain(`hreflang="zh-CN" href="${SITE_URL}/zh/security/backups"`);
  expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
});

test("robots.txt allows crawling and names the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toMatch(/User-Agent: \*/i);
  expect(text).toContain("Allow: /");
  expect(text).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
});

test("every section has a preview image for link unfurls", async ({ request }) => {
  for (const locale of ["en", "zh"] as const) {
    for (const section of sections(locale)) {
      const response = await request.get(`/og/${locale}/${section.id}.png`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      const png = await response.body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  }
});

test("pages describe themselves in JSON-LD", async ({ page }) => {
  await page.goto("/zh/security/backups");
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((els) => els.map((el) => JSON.parse(el.textContent ?? "")));
  const items = blocks.flat();
  const article = items.find((item) => item["@type"] === "TechArticle");
  expect(article).toMatchObject({ headline: "备份", inLanguage: "zh-CN", url: `${SITE_URL}/zh/security/backups` });
  const trail = items.find((item) => item["@type"] === "BreadcrumbList");
  expect(trail.itemListElement).toHaveLength(3);
  await page.goto("/");
  const site = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
  expect(site["@type"]).toBe("WebSite");
});
