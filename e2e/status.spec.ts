import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parseStatusConfig } from "../lib/status/config";
import { STATES_PORT } from "../playwright.config";
import { evidence, statusItem, visibleBadge } from "./pages/status";

const states = `http://localhost:${STATES_PORT}`;

test.describe("demo source (npm start)", () => {
  test("the home page summarises live status with its source and evidence times", async ({ page }) => {
    await page.goto("/");
    const summary = page.getByTestId("status-summary");
    await expect(summary.getByTestId("status-counts")).toHaveText(/^6 Passing — Source: AWS Config \(demo data\)$/);
    await expect(statusItem(summary, "database-backups")).toContainText(/checked \d{2}:\d{2} UTC/);
  });

  test("the backups section shows database freshness next to the 30-minute promise", async ({ page }) => {
    await page.goto("/security/backups");
    const widget = evidence(page, "database-backups");
    await expect(widget).toBeVisible();
    await expect(visibleBadge(widget)).toHaveText("✓Passing");
    await expect(widget).toContainText("newest recovery point 12 min old (promised 30 min)");
    const checked = await widget.locator("time").getAttribute("datetime");
    expect(Date.now() - Date.parse(checked ?? "")).toBeLessThan(24 * 3600_000);
    // The claim's sentence sits right before its evidence.
    await expect(
      page.locator("p", { has: page.getByText("snapshotted every 30 minutes") }).locator("+ aside"),
    ).toHaveAttribute("data-testid", "evidence-database-backups");
  });

  test("a page read after the status expired shows stale, not passing", async ({ page }) => {
    await page.clock.install({ time: Date.now() + 3 * 3600_000 });
    await page.goto("/security/backups");
    const widget = evidence(page, "database-backups");
    await expect(visibleBadge(widget)).toHaveText("⏱Stale");
    await expect(widget.getByText("Passing", { exact: true })).toBeHidden();
    await expect(widget).toContainText("is out of date", { useInnerText: true });
  });

  test("/status.json serves the snapshot for machines", async ({ request }) => {
    const snapshot = await (await request.get("/status.json")).json();
    expect(snapshot).toMatchObject({ version: 1, source: { kind: "demo" }, error: null });
    expect(snapshot.backups.map((b: { id: string }) => b.id)).toEqual(["database-backups", "configuration-backups"]);
  });

  test("pages regenerate at the configured refresh interval under next start", async ({ request }) => {
    // What a CDN in front of the server (and the server's own cache) obeys: the page is fresh for
    // the refresh interval of content/controls.yaml, then regenerated.
    const refresh = Math.round(
      parseStatusConfig(readFileSync("content/controls.yaml", "utf8")).source.refreshInterval / 1000,
    );
    for (const route of ["/", "/security", "/security/backups", "/zh/security/backups", "/status"]) {
      const response = await request.get(route);
      expect(response.headers()["cache-control"], route).toMatch(new RegExp(`(^|, )s-maxage=${refresh}(,|$)`));
    }
  });
});

test.describe("every state as a reader sees it", () => {
  test("inline evidence: late backup and weaker evidence", async ({ page }) => {
    await page.goto(`${states}/security/backups`);
    const database = evidence(page, "database-backups");
    await expect(visibleBadge(database)).toHaveText("✕Failing");
    await expect(database).toContainText(
      "late: newest recovery point 47 min old (promised 30 min) · checked 14:05 UTC",
      { useInnerText: true },
    );
    const configuration = evidence(page, "configuration-backups");
    await expect(visibleBadge(configuration)).toHaveText("?Unknown");
    await expect(configuration).toContainText(
      "AWS Config confirms a recovery point within 24 h only, not the promised 3 h",
    );
  });

  test("control list in the compliance section", async ({ page }) => {
    await page.goto(`${states}/security/compliance`);
    const list = page.getByRole("list", { name: "Live control status" });
    await expect(visibleBadge(statusItem(list, "firewalls-default-deny"))).toHaveText("✓Passing");
    const failing = statusItem(list, "encrypted-connections");
    await expect(visibleBadge(failing)).toHaveText("✕Failing");
    await expect(failing).toContainText("1 of 2 rules non-compliant");
    await expect(failing.getByText("alb-http-to-https-redirection-check")).toBeVisible();
    const unknown = statusItem(list, "database-access-control");
    await expect(visibleBadge(unknown)).toHaveText("?Unknown");
    await expect(unknown).toContainText("the status source was unreachable since 13:50 UTC");
    const stale = statusItem(list, "system-configuration");
    await expect(visibleBadge(stale)).toHaveText("⏱Stale");
    await expect(stale).toContainText("too long ago");
  });

  test("in Chinese", async ({ page }) => {
    await page.goto(`${states}/zh/security/backups`);
    const database = evidence(page, "database-backups");
    await expect(visibleBadge(database)).toHaveText("✕未通过");
    await expect(database).toContainText("延迟：最新恢复点已有 47 分钟（承诺不超过 30 分钟）");
    await page.goto(`${states}/zh/status`);
    await expect(statusItem(page, "database-access-control")).toContainText("无法连接状态数据源（自 13:50 UTC 起）");
  });

  test("the status page lists everything and the home page counts it", async ({ page }) => {
    await page.goto(`${states}/status`);
    for (const id of [
      "firewalls-default-deny",
      "encrypted-connections",
      "database-access-control",
      "system-configuration",
      "database-backups",
      "configuration-backups",
    ]) {
      await expect(statusItem(page, id)).toBeVisible();
    }
    await page.goto(`${states}/`);
    await expect(page.getByTestId("status-counts")).toHaveText(/^1 Passing · 2 Failing · 2 Unknown · 1 Stale/);
  });
});
