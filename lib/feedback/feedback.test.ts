import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handleFeedback, handlePreflight, type FeedbackDeps } from "./handle";
import { RateLimiter } from "./rate-limit";
import { FeedbackStore } from "./store";

let dir: string;
let store: FeedbackStore;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "feedback-"));
  store = new FeedbackStore(path.join(dir, "nested", "votes.sqlite"));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const SITE = "https://trust.example.com";
function deps(overrides: Partial<FeedbackDeps> = {}): FeedbackDeps {
  return {
    store: () => store,
    limiter: new RateLimiter(60, 100),
    knownIds: new Set(["backups", "mfa"]),
    ownOrigins: () => [SITE],
    allowedOrigins: ["https://static.example.net"],
    ...overrides,
  };
}
function post(body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return new Request(`${SITE}/api/feedback`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: SITE, "sec-fetch-site": "same-origin", "x-forwarded-for": "192.0.2.1", ...headers },
    body: text,
  });
}

describe("POST /api/feedback", () => {
  it("stores a valid vote and answers 201 without setting cookies", async () => {
    const response = await handleFeedback(post({ section: "backups", locale: "zh", helpful: false, comment: "  需要更多细节  " }), deps());
    expect(response.status).toBe(201);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(store.all()).toMatchObject([{ section: "backups", locale: "zh", helpful: false, comment: "需要更多细节" }]);
  });

  it("keeps script in a comment as plain text", async () => {
    const comment = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
    expect((await handleFeedback(post({ section: "mfa", locale: "en", helpful: true, comment }), deps())).status).toBe(201);
    expect(store.all()[0]?.comment).toBe(comment);
  });

  it.each([
    ["malformed JSON", "{\"section\":", 400, /not valid JSON/],
    ["a missing field", { section: "backups", locale: "en" }, 400, /helpful/],
    ["an extra field", { section: "backups", locale: "en", helpful: true, admin: true }, 400, /admin/],
    ["a wrong type", { section: "backups", locale: "en", helpful: "yes" }, 400, /helpful/],
    ["an unknown locale", { section: "backups", locale: "fr", helpful: true }, 400, /locale/],
    ["an unknown section", { section: "../../etc/passwd", locale: "en", helpful: true }, 422, /Unknown section/],
    ["a long comment", { section: "backups", locale: "en", helpful: true, comment: "x".repeat(1001) }, 400, /comment/],
    ["an oversized body", { section: "backups", locale: "en", helpful: true, comment: "x".repeat(5000) }, 413, /larger than 4096/],
    ["a JSON array", [1, 2], 400, /body/],
  ])("refuses %s with a clear error and stores nothing", async (_name, body, status, message) => {
    const response = await handleFeedback(post(body), deps());
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatch(message);
    expect(store.all()).toEqual([]);
  });

  it("refuses posts from other sites, and form posts that are not JSON", async () => {
    const evil = await handleFeedback(post({ section: "backups", locale: "en", helpful: true }, { origin: "https://evil.example", "sec-fetch-site": "cross-site" }), deps());
    expect(evil.status).toBe(403);
    const noOrigin = await handleFeedback(post({ section: "backups", locale: "en", helpful: true }, { origin: "", "sec-fetch-site": "cross-site" }), deps());
    expect(noOrigin.status).toBe(403);
    const form = await handleFeedback(post("section=backups&locale=en&helpful=true", { "content-type": "application/x-www-form-urlencoded" }), deps());
    expect(form.status).toBe(415);
    expect(store.all()).toEqual([]);
  });

  it("accepts an allowed static-export origin with CORS headers, and answers its preflight", async () => {
    const origin = "https://static.example.net";
    const response = await handleFeedback(post({ section: "backups", locale: "en", helpful: true }, { origin, "sec-fetch-site": "cross-site" }), deps());
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBe(origin);
    const preflight = handlePreflight(new Request(`${SITE}/api/feedback`, { method: "OPTIONS", headers: { origin } }), deps());
    expect(preflight.status).toBe(204);
    expect(handlePreflight(new Request(`${SITE}/api/feedback`, { method: "OPTIONS", headers: { origin: "https://evil.example" } }), deps()).status).toBe(403);
  });

  it("rate-limits a flood from one client and still stores every accepted vote", async () => {
    const limited = deps({ limiter: new RateLimiter(10, 5) });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await handleFeedback(post({ section: "backups", locale: "en", helpful: true }), limited)).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const other = await handleFeedback(post({ section: "backups", locale: "en", helpful: true }, { "x-forwarded-for": "198.51.100.7" }), limited);
    expect(other.status).toBe(201);
    expect(store.all()).toHaveLength(6);
  });
});

describe("RateLimiter", () => {
  it("refills over time and says when to retry", () => {
    let now = 0;
    const limiter = new RateLimiter(6, 1, () => now);
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfter: 10 });
    now = 10_000;
    expect(limiter.take("a").ok).toBe(true);
  });

  it("forgets the oldest clients when made-up addresses flood it", () => {
    const limiter = new RateLimiter(1, 1, () => 0, 3);
    for (const client of ["a", "b", "c", "d"]) limiter.take(client);
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("d").ok).toBe(false);
  });
});

describe("FeedbackStore", () => {
  it("loses nothing when several processes write at once, and passes SQLite's integrity check", async () => {
    const file = path.join(dir, "shared.sqlite");
    new FeedbackStore(file).close();
    const run = promisify(execFile);
    await Promise.all(["a", "b", "c", "d"].map((name) => run(process.execPath, ["--import", "tsx", "lib/testing/feedback-writer.ts", file, "150", name])));
    const shared = new FeedbackStore(file, { readonly: true });
    expect(shared.all()).toHaveLength(600);
    expect(new Set(shared.all().map((v) => v.comment)).size).toBe(600);
    expect(shared.integrity()).toBe("ok");
    shared.close();
  }, 60_000);
});
