import { expect, it } from "vitest";
import { SharedRateLimiter } from "@/lib/store/rate-limit";
import { openStore, type Store } from "@/lib/store/open";
import { describeEngines } from "@/test/store-engines";
import { runWorkers } from "@/test/store-processes";
import { handleFeedback, handlePreflight, type FeedbackDeps } from "./handle";
import { allVotes, integrity } from "./store";

const SITE = "https://trust.example.com";
const limiter = (store: Store, perMinute: number, burst: number) =>
  new SharedRateLimiter(async () => store, { scope: "feedback", perMinute, burst });
function deps(store: Store, overrides: Partial<FeedbackDeps> = {}): FeedbackDeps {
  return {
    store: async () => store,
    limiter: limiter(store, 60, 100),
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
    headers: {
      "content-type": "application/json",
      origin: SITE,
      "sec-fetch-site": "same-origin",
      "x-forwarded-for": "192.0.2.1",
      ...headers,
    },
    body: text,
  });
}

describeEngines("POST /api/feedback", (engine) => {
  it("stores a valid vote and answers 201 without setting cookies", async () => {
    const store = await engine.open();
    const response = await handleFeedback(
      post({ section: "backups", locale: "zh", helpful: false, comment: "  需要更多细节  " }),
      deps(store),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await allVotes(store)).toMatchObject([
      { section: "backups", locale: "zh", helpful: false, comment: "需要更多细节" },
    ]);
  });

  it("keeps script in a comment as plain text", async () => {
    const store = await engine.open();
    const comment = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
    expect(
      (await handleFeedback(post({ section: "mfa", locale: "en", helpful: true, comment }), deps(store))).status,
    ).toBe(201);
    expect((await allVotes(store))[0]?.comment).toBe(comment);
  });

  it.each([
    ["malformed JSON", '{"section":', 400, /not valid JSON/],
    ["a missing field", { section: "backups", locale: "en" }, 400, /helpful/],
    ["an extra field", { section: "backups", locale: "en", helpful: true, admin: true }, 400, /admin/],
    ["a wrong type", { section: "backups", locale: "en", helpful: "yes" }, 400, /helpful/],
    ["an unknown locale", { section: "backups", locale: "fr", helpful: true }, 400, /locale/],
    ["an unknown section", { section: "../../etc/passwd", locale: "en", helpful: true }, 422, /Unknown section/],
    ["a long comment", { section: "backups", locale: "en", helpful: true, comment: "x".repeat(1001) }, 400, /comment/],
    [
      "an oversized body",
      { section: "backups", locale: "en", helpful: true, comment: "x".repeat(5000) },
      413,
      /larger than 4096/,
    ],
    ["a JSON array", [1, 2], 400, /body/],
  ])("refuses %s with a clear error and stores nothing", async (_name, body, status, message) => {
    const store = await engine.open();
    const response = await handleFeedback(post(body), deps(store));
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatch(message);
    expect(await allVotes(store)).toEqual([]);
  });

  it("refuses posts from other sites, and form posts that are not JSON", async () => {
    const store = await engine.open();
    const evil = await handleFeedback(
      post(
        { section: "backups", locale: "en", helpful: true },
        { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      ),
      deps(store),
    );
    expect(evil.status).toBe(403);
    const noOrigin = await handleFeedback(
      post({ section: "backups", locale: "en", helpful: true }, { origin: "", "sec-fetch-site": "cross-site" }),
      deps(store),
    );
    expect(noOrigin.status).toBe(403);
    const form = await handleFeedback(
      post("section=backups&locale=en&helpful=true", { "content-type": "application/x-www-form-urlencoded" }),
      deps(store),
    );
    expect(form.status).toBe(415);
    expect(await allVotes(store)).toEqual([]);
  });

  it("accepts an allowed static-export origin with CORS headers, and answers its preflight", async () => {
    const store = await engine.open();
    const origin = "https://static.example.net";
    const response = await handleFeedback(
      post({ section: "backups", locale: "en", helpful: true }, { origin, "sec-fetch-site": "cross-site" }),
      deps(store),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBe(origin);
    const preflight = handlePreflight(
      new Request(`${SITE}/api/feedback`, { method: "OPTIONS", headers: { origin } }),
      deps(store),
    );
    expect(preflight.status).toBe(204);
    expect(
      handlePreflight(
        new Request(`${SITE}/api/feedback`, { method: "OPTIONS", headers: { origin: "https://evil.example" } }),
        deps(store),
      ).status,
    ).toBe(403);
  });

  it("rate-limits a flood from one client and still stores every accepted vote", async () => {
    const store = await engine.open();
    const limited = deps(store, { limiter: limiter(store, 10, 5) });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++)
      statuses.push((await handleFeedback(post({ section: "backups", locale: "en", helpful: true }), limited)).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const other = await handleFeedback(
      post({ section: "backups", locale: "en", helpful: true }, { "x-forwarded-for": "198.51.100.7" }),
      limited,
    );
    expect(other.status).toBe(201);
    expect(await allVotes(store)).toHaveLength(6);
  });

  it("answers 503, never 201, when the store cannot take the vote", async () => {
    const store = await engine.open();
    const broken: FeedbackDeps = {
      ...deps(store),
      store: () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })),
    };
    const response = await handleFeedback(post({ section: "backups", locale: "en", helpful: true }), broken);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect((await response.json()).error).toMatch(/try again/);
    expect(await allVotes(store)).toEqual([]);
  });

  it("loses no vote when four processes write at once", async () => {
    const config = await engine.fresh();
    await runWorkers(Array.from({ length: 4 }, () => ({ config, action: "votes" as const, count: 100 })));
    const store = await openStore(config);
    const votes = await allVotes(store);
    expect(votes).toHaveLength(400);
    expect(new Set(votes.map((v) => v.comment)).size).toBe(400);
    if (engine.name === "sqlite") expect(await integrity(store)).toBe("ok");
    await store.close();
  }, 60_000);
});
