import { parseAtomFeed } from "feedsmith";
import { XMLValidator } from "fast-xml-parser";
import { compactVerify, createLocalJWKSet } from "jose";
import { expect, test } from "@playwright/test";
import { STATES_PORT } from "../playwright.config";
import { historyOf } from "./pages/status";

// The status history as readers and machines get it: the states build reads its history from
// e2e/fixtures/status-states.history.jsonl (30 days of pulls, a gap, two failures); the demo
// build from the pulls the server itself made.
const states = `http://localhost:${STATES_PORT}`;
const CHECKS = [
  "firewalls-default-deny",
  "encrypted-connections",
  "database-access-control",
  "system-configuration",
  "database-backups",
  "configuration-backups",
];

test("each check shows 90 days, the share of time passing and its state changes", async ({ page }) => {
  await page.goto(`${states}/status`);
  for (const id of CHECKS) await expect(historyOf(page, id).locator(".day")).toHaveCount(90);
  const tls = historyOf(page, "encrypted-connections");
  await expect(tls.getByRole("img")).toHaveAccessibleName(
    /^Encrypted connections, last 90 days: \d+ passing, 9 failing, 2 stale, \d+ no data$/,
  );
  await expect(tls.locator('[title$=": failing"]')).toHaveCount(9);
  await expect(tls.locator('[title="November 28, 2026: failing"]')).toHaveCount(1);
  await expect(tls.getByTestId("passing-share")).toHaveText(
    /^passing with evidence \d+(\.\d+)?% of the time since October 29, 2026$/,
  );
  await tls.getByText("State changes (3)").click();
  await expect(tls.getByRole("listitem").first()).toContainText(
    "Nov 20, 2026, 06:00 UTC: Passing → Failing — 1 of 2 rules non-compliant",
  );
  const backups = historyOf(page, "database-backups");
  await backups.getByText(/^State changes/).click();
  await expect(backups).toContainText("Failing → Passing");
  await expect(backups).toContainText("late: newest recovery point 95 min old (promised 30 min)");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute(
    "href",
    /\/status\/feed\.atom$/,
  );
});

test("in Chinese", async ({ page }) => {
  await page.goto(`${states}/zh/status`);
  const tls = historyOf(page, "encrypted-connections");
  await expect(tls.getByRole("img")).toHaveAccessibleName(
    /^加密连接，最近 90 天：\d+ 通过，9 未通过，2 已过期，\d+ 无数据$/,
  );
  await expect(tls.getByTestId("passing-share")).toHaveText(
    /^自 2026年10月29日 起，有证据表明通过的时间占 \d+(\.\d+)?%$/,
  );
  await tls.getByText("状态变化（3）").click();
  await expect(tls).toContainText("通过 → 未通过 — 2 条规则中有 1 条不合规");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute(
    "href",
    /\/zh\/status\/feed\.atom$/,
  );
});

test("/status/history.json has the same data", async ({ request }) => {
  const history = await (await request.get(`${states}/status/history.json`)).json();
  expect(history).toMatchObject({ version: 1, days: 90, to: "2026-11-28", from: "2026-08-31" });
  const tls = history.checks.find((c: { id: string }) => c.id === "encrypted-connections");
  expect(tls.days).toHaveLength(90);
  expect(tls.days.filter((d: { state: string }) => d.state === "failing")).toHaveLength(9);
  expect(tls.changes[0]).toMatchObject({ at: "2026-11-20T06:00:00.000Z", from: "passing", to: "failing" });
  expect(tls.title).toEqual({ en: "Encrypted connections", zh: "加密连接" });
});

test("the Atom feed of state changes parses, per locale", async ({ request }) => {
  for (const [path, title] of [
    ["/status/feed.atom", "Encrypted connections: Passing → Failing"],
    ["/zh/status/feed.atom", "加密连接：通过 → 未通过"],
  ] as const) {
    const response = await request.get(`${states}${path}`);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseAtomFeed(xml);
    const titles = (feed.entries ?? []).map((e) => (e.title as { value?: string } | undefined)?.value);
    expect(titles).toContain(title);
    expect(feed.entries?.[0]?.updated).toBe("2026-11-28T14:05:00.000Z");
  }
});

test("the demo shows its own pulls as history", async ({ page, request }) => {
  await page.goto("/status");
  // The day of the snapshot shown, which is the day of the pull that made it.
  const today = (await (await request.get("/status.json")).json()).generatedAt.slice(0, 10);
  const history = await (await request.get("/status/history.json")).json();
  expect(history.to).toBe(today);
  for (const check of history.checks) expect(check.days.at(-1)).toEqual({ date: today, state: "passing" });
  await expect(historyOf(page, "database-backups").locator(".day").last()).toHaveClass(/day-passing/);
});

test("the signed snapshot verifies with the published key, when the site has one", async ({ request }) => {
  const [jws, jwks] = await Promise.all([request.get("/status.jws"), request.get("/.well-known/jwks.json")]);
  if (!process.env.STATUS_SIGNING_KEY) {
    // Built without STATUS_SIGNING_KEY: neither is published.
    expect([jws.status(), jwks.status()]).toEqual([404, 404]);
    return;
  }
  const { payload, protectedHeader } = await compactVerify(await jws.text(), createLocalJWKSet(await jwks.json()));
  expect(protectedHeader).toMatchObject({ alg: "EdDSA", typ: "trust-center-status+json" });
  // Each route regenerates on its own, so the signed copy may be one refresh behind /status.json.
  const signed = JSON.parse(new TextDecoder().decode(payload));
  const current = await (await request.get("/status.json")).json();
  const states = (snapshot: { controls: { id: string; state: string }[]; backups: { id: string; state: string }[] }) =>
    [...snapshot.controls, ...snapshot.backups].map((i) => `${i.id}=${i.state}`);
  expect(signed).toMatchObject({ version: 1, source: current.source });
  expect(states(signed)).toEqual(states(current));
  expect(Math.abs(Date.parse(signed.generatedAt) - Date.parse(current.generatedAt))).toBeLessThanOrEqual(10 * 60_000);
});
