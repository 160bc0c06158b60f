import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { expect, test } from "@playwright/test";
import { SITE_URL, sections } from "./fixtures";

// Updates, subprocessors, feeds and the site as data, as a reader and a buyer's tool meet them.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the updates list is newest first and filters by kind through plain links", async ({ page }) => {
    await page.goto("/updates");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Updates");
    const titles = page.getByTestId("update-list").getByRole("heading");
    await expect(titles).toHaveText(["Our subprocessors", "Our trust center and security whitepaper are published"]);
    await page.getByRole("navigation", { name: "Kind of update" }).getByRole("link", { name: "Subprocessors" }).click();
    await expect(page).toHaveURL(/\/updates\/kind\/subprocessor$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Subprocessor updates");
    await expect(page.getByTestId("update-list").getByRole("heading")).toHaveText(["Our subprocessors"]);
    await page.getByRole("navigation", { name: "Kind of update" }).getByRole("link", { name: "Incidents" }).click();
    await expect(page.getByText("No updates of this kind have been published.")).toBeVisible();
  });

  test("each update has its own page, with its kind, date and links to what it concerns", async ({ page }) => {
    await page.goto("/updates");
    await page.getByRole("link", { name: "Our subprocessors" }).click();
    await expect(page).toHaveURL(/\/updates\/subprocessors-listed$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our subprocessors");
    await expect(page.locator("main")).toContainText("Amazon Web Services");
    await expect(page.locator("main")).toContainText("Stripe");
    await page.getByRole("region", { name: "Related" }).getByRole("link", { name: "Subprocessors" }).click();
    await expect(page).toHaveURL(/\/subprocessors$/);
  });

  test("the Chinese updates are in Chinese", async ({ page }) => {
    await page.goto("/zh/updates/kind/subprocessor");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("子处理者变更");
    await page.getByRole("link", { name: "我们的子处理者" }).click();
    await expect(page).toHaveURL(/\/zh\/updates\/subprocessors-listed$/);
    await expect(
      page.getByRole("region", { name: "相关内容" }).getByRole("link", { name: "安全评估与合规：支付" }),
    ).toHaveAttribute("href", "/zh/security/compliance#payments");
  });

  test("the home page shows the latest updates", async ({ page }) => {
    for (const [path, name, first] of [
      ["/", "Latest updates", "Our subprocessors"],
      ["/zh", "最新动态", "我们的子处理者"],
    ] as const) {
      await page.goto(path);
      const latest = page.getByRole("region", { name });
      await expect(latest.getByRole("heading", { level: 3 }).first()).toHaveText(first);
      expect(await latest.getByRole("heading", { level: 3 }).count()).toBeLessThanOrEqual(3);
    }
  });

  test("the subprocessor page lists AWS and Stripe, and nothing else", async ({ page }) => {
    await page.goto("/subprocessors");
    const rows = page.getByTestId("subprocessors").locator("tbody tr");
    await expect(rows.locator("th")).toHaveText(["Amazon Web Services", "Stripe"]);
    await expect(rows.first()).toContainText("Hosting of UpKeep's infrastructure");
    await expect(rows.nth(1)).toContainText("card payments");
    await expect(page.locator("main")).toContainText("30 days");
    await page.goto("/zh/subprocessors");
    await expect(page.getByTestId("subprocessors").locator("tbody th")).toHaveText(["Amazon Web Services", "Stripe"]);
    await expect(page.getByTestId("subprocessors")).toContainText("尚未公布");
  });

  test("/changes shows the last 12 months with links", async ({ page }) => {
    await page.goto("/changes");
    const list = page.getByRole("list", { name: "Changes" });
    await expect(list.getByRole("link", { name: "Backups" })).toHaveAttribute("href", "/security/backups");
    await expect(list.getByRole("link", { name: "Subprocessor list published" })).toBeVisible();
    await expect(list.getByRole("link", { name: "Live status checks" })).toBeVisible();
    await expect(page.getByLabel("Changes since")).toBeHidden();
  });
});

test("/changes takes another start day from the reader", async ({ page }) => {
  await page.goto("/zh/changes");
  const since = page.getByLabel("显示此日期以来的变更");
  await since.fill("2099-01-01");
  await page.getByRole("button", { name: "显示" }).click();
  await expect(page.getByText("此期间没有变更。")).toBeVisible();
  await expect(page).toHaveURL(/since=2099-01-01/);
  await page.goto("/zh/changes?since=2000-01-01");
  await expect(page.getByRole("list", { name: "变更" }).getByRole("link", { name: "备份" })).toBeVisible();
});

test("every page announces the update feeds, and kind pages their own", async ({ page }) => {
  for (const path of ["/", "/security/backups", "/status", "/zh/faq", "/subprocessors"]) {
    await page.goto(path);
    const prefix = path.startsWith("/zh") ? "/zh" : "";
    const atom = await page
      .locator('link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute("href")));
    const json = await page
      .locator('link[rel="alternate"][type="application/feed+json"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute("href")));
    expect(atom, path).toContain(`${SITE_URL}${prefix}/updates/feed.atom`);
    expect(json, path).toContain(`${SITE_URL}${prefix}/updates/feed.json`);
    if (path === "/subprocessors") expect(atom).toContain(`${SITE_URL}/updates/kind/subprocessor/feed.atom`);
  }
});

test("the feeds parse in a real feed reader, in both languages and per kind", async ({ request }) => {
  for (const prefix of ["", "/zh"]) {
    for (const path of [`${prefix}/updates/feed.atom`, `${prefix}/updates/kind/subprocessor/feed.atom`]) {
      const response = await request.get(path);
      expect(response.headers()["content-type"]).toContain("application/atom+xml");
      const feed = parseAtomFeed(await response.text());
      expect(
        feed.entries?.map((e) => e.id),
        path,
      ).toContain(`${SITE_URL}${prefix}/updates/subprocessors-listed`);
    }
    for (const path of [`${prefix}/updates/feed.json`, `${prefix}/updates/kind/subprocessor/feed.json`]) {
      const response = await request.get(path);
      expect(response.headers()["content-type"]).toContain("application/feed+json");
      const body = await response.json();
      expect(body.version).toBe("https://jsonfeed.org/version/1.1");
      const feed = parseJsonFeed(body);
      expect(
        feed.items?.map((i) => i.url),
        path,
      ).toContain(`${SITE_URL}${prefix}/updates/subprocessors-listed`);
    }
    const incidents = parseAtomFeed(await (await request.get(`${prefix}/updates/kind/incident/feed.atom`)).text());
    expect(incidents.entries ?? []).toEqual([]);
  }
});

test("/subprocessors.json follows /schemas/subprocessors.json", async ({ request }) => {
  const schema = await (await request.get("/schemas/subprocessors.json")).json();
  const list = await (await request.get("/subprocessors.json")).json();
  const ajv = new Ajv2020({ strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(validate(list), JSON.stringify(validate.errors)).toBe(true);
  expect(list.subprocessors.map((s: { id: string }) => s.id)).toEqual(["aws", "stripe"]);
  expect(list.version).toBe(1);
});

test("every section is published as Markdown and JSON beside its page, listed in /llms.txt", async ({ request }) => {
  for (const locale of ["en", "zh"] as const) {
    for (const section of sections(locale)) {
      const md = await request.get(`${section.path}.md`);
      expect(md.status(), `${section.path}.md`).toBe(200);
      expect(md.headers()["content-type"]).toContain("text/markdown");
      const text = await md.text();
      expect(text.startsWith(`# ${section.title}\n`)).toBe(true);
      expect(text).not.toContain("<Evidence");
      expect(text).not.toMatch(/\[#[a-z0-9-]+\]/);
      const json = await (await request.get(`${section.path}.json`)).json();
      expect(json.title).toBe(section.title);
      expect(json.updated).toBe(section.updated);
      expect(json.headings.map((h: { anchor: string }) => h.anchor)).toEqual(section.anchors);
      expect(json.headings[0]?.url ?? `${SITE_URL}${section.path}`).toContain(`${SITE_URL}${section.path}`);
      expect(json.text.length).toBeGreaterThan(50);
    }
  }
  const llms = await (await request.get("/llms.txt")).text();
  expect(llms.startsWith("# UpKeep Trust Center\n")).toBe(true);
  for (const section of [...sections("en"), ...sections("zh")]) expect(llms).toContain(`${SITE_URL}${section.path}.md`);
});

test("the sitemap lists updates, their kinds and the subprocessors", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of [
    "/updates",
    "/updates/subprocessors-listed",
    "/updates/kind/subprocessor",
    "/zh/updates/trust-center-published",
    "/subprocessors",
    "/zh/subprocessors",
    "/changes",
  ]) {
    expect(sitemap).toContain(`<loc>${SITE_URL}${path}</loc>`);
  }
});
