import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import serveHandler from "serve-handler";
import { watchViolations } from "./pages/csp";
import { enhanced } from "./pages/islands";
import { watchScripts } from "./pages/scripts";

// The static export (npm run export) on a plain static host: no headers of ours, so each page
// carries its script policy in a <meta> element, and with no feedback URL configured the
// "Did this answer your question?" widget is not shown.
let server: Server | undefined;
let base = "";
test.beforeAll(async () => {
  expect(existsSync("out/index.html"), "out/ is not built: run npm test or npm run export").toBe(true);
  server = createServer((req, res) => void serveHandler(req, res, { public: "out", cleanUrls: true }));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => server?.close());

test("exported pages run under their own policy and hide the feedback widget", async ({ page }) => {
  const violations = await watchViolations(page);
  for (const url of ["/", "/security", "/zh/security/backups", "/faq", "/questionnaire"]) {
    await page.goto(`${base}${url}`);
    await enhanced(page);
    const policy = await page.locator("meta[http-equiv='Content-Security-Policy']").getAttribute("content");
    expect(policy, url).toContain("script-src 'self';");
    await expect(page.locator("form[data-testid^='feedback-']"), url).toHaveCount(0);
    await expect(page.locator("h1").first(), url).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("exported pages load only the islands, and the exported questionnaire answers", async ({ page }) => {
  const scripts = watchScripts(page);
  for (const url of ["/", "/security", "/zh/security/backups"]) {
    await page.goto(`${base}${url}`);
    await enhanced(page);
  }
  await page.goto(`${base}/questionnaire`);
  await page.getByLabel("Paste questions").fill("How often are database backups taken?");
  await page.getByRole("button", { name: "Answer questions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "answered from this site" })).toHaveText(
    "1 of 1 question answered from this site.",
  );
  expect(scripts).toContain("/islands/main.js");
  expect(scripts).toContain("/islands/questionnaire.js");
  expect(scripts.filter((path) => !path.startsWith("/islands/"))).toEqual([]);
});

test("the export carries updates, subprocessors, feeds and the section data files, and no subscription form without a URL", async ({
  page,
  request,
}) => {
  for (const url of [
    "/updates",
    "/zh/updates/kind/subprocessor",
    "/updates/subprocessors-listed",
    "/subprocessors",
    "/zh/changes",
    "/subscribe/sent",
  ]) {
    await page.goto(`${base}${url}`);
    await expect(page.locator("h1").first(), url).toBeVisible();
    await expect(page.getByTestId("subscribe"), url).toHaveCount(0);
  }
  for (const file of [
    "/updates/feed.atom",
    "/zh/updates/feed.json",
    "/updates/kind/subprocessor/feed.atom",
    "/subprocessors.json",
    "/schemas/subprocessors.json",
    "/security/backups.md",
    "/zh/security/backups.json",
    "/llms.txt",
  ]) {
    const response = await request.get(`${base}${file}`);
    expect(response.status(), file).toBe(200);
  }
  expect((await request.get(`${base}/site-data/en/backups.md`)).status()).toBe(404);
});

test("the exported documents page lists the public document with its file and leaves the gated ones out", async ({
  page,
  request,
}) => {
  // npm test exports without NEXT_PUBLIC_DOCUMENTS_URL: no server deployment to request gated documents from.
  for (const url of ["/documents", "/zh/documents"]) {
    await page.goto(`${base}${url}`);
    const entries = page.locator("main li[id]");
    await expect(entries, url).toHaveCount(1);
    await expect(entries.first(), url).toHaveAttribute("id", "example-public-document");
    await expect(page.locator("form"), url).toHaveCount(0);
    await expect(page.locator("a[href*='/api/documents/']"), url).toHaveCount(0);
    const href = await entries.first().locator("a").getAttribute("href");
    expect(href, url).toBe("/documents/files/example-public-document.pdf");
    const file = await request.get(`${base}${href}`);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }
  for (const id of ["example-nda-document", "example-approval-document"])
    expect((await request.get(`${base}/documents/files/${id}.pdf`)).status(), id).toBe(404);
});

// Static hosts that serve the nearest 404.html (Netlify, Cloudflare Pages) answer a missing /zh
// URL with the Chinese 404 page; the root one keeps the way back in every language.
test("the export has a Chinese 404 page under /zh and the global one at the root", async ({ page }) => {
  await page.goto(`${base}/zh/404.html`);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  await expect(page.getByRole("main").getByRole("link")).toHaveAttribute("href", "/zh/security");
  await page.goto(`${base}/404.html`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator('main p[lang="zh-CN"]').getByRole("link")).toHaveAttribute("href", "/zh/security");
});
