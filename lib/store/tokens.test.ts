import { expect, it } from "vitest";
import { describeEngines } from "@/test/store-engines";
import { runWorkers } from "@/test/store-processes";
import { openStore } from "./open";
import { consumeToken, issueToken, purgeTokens, type Consumed } from "./tokens";

const MINUTE = 60_000;

describeEngines("single-use tokens", (engine) => {
  it("is used once; replayed, expired, tampered and other-purpose tokens are refused with a reason", async () => {
    const store = await engine.open();
    const now = 1_700_000_000_000;
    const token = await issueToken(store, { purpose: "verify-email", subject: "request-1", ttlMs: 15 * MINUTE }, now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await consumeToken(store, "approve", token, now)).toEqual({ ok: false, reason: "unknown" });
    expect(
      await consumeToken(store, "verify-email", `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, now),
    ).toEqual({ ok: false, reason: "unknown" });
    expect(await consumeToken(store, "verify-email", token, now + MINUTE)).toEqual({ ok: true, subject: "request-1" });
    expect(await consumeToken(store, "verify-email", token, now + 2 * MINUTE)).toEqual({ ok: false, reason: "used" });
    const late = await issueToken(store, { purpose: "verify-email", subject: "request-2", ttlMs: 15 * MINUTE }, now);
    expect(await consumeToken(store, "verify-email", late, now + 15 * MINUTE)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("keeps only a hash: the token itself is nowhere in the database", async () => {
    const store = await engine.open();
    const token = await issueToken(store, { purpose: "p", subject: "s", ttlMs: MINUTE });
    const rows = await store.db.selectFrom("tokens").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("purges tokens long expired", async () => {
    const store = await engine.open();
    const now = Date.now();
    await issueToken(store, { purpose: "p", subject: "old", ttlMs: MINUTE }, now - 30 * 86_400_000);
    await issueToken(store, { purpose: "p", subject: "new", ttlMs: MINUTE }, now);
    expect(await purgeTokens(store, 7 * 86_400_000, now)).toBe(1);
    expect((await store.db.selectFrom("tokens").select("subject").execute()).map((r) => r.subject)).toEqual(["new"]);
  });

  it("lets exactly one of several concurrent requests in one process use a token", async () => {
    const store = await engine.open();
    const token = await issueToken(store, { purpose: "p", subject: "s", ttlMs: MINUTE });
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeToken(store, "p", token)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("lets exactly one of two processes use each token when both present all of them at once", async () => {
    const config = await engine.fresh();
    const store = await openStore(config);
    const tokens = await Promise.all(
      Array.from({ length: 20 }, () => issueToken(store, { purpose: "test", subject: "s", ttlMs: 10 * MINUTE })),
    );
    await store.close();
    const [first, second] = await runWorkers<Consumed[]>([
      { config, action: "consume", tokens },
      { config, action: "consume", tokens },
    ]);
    const winners = tokens.map((_, i) => [first![i]!, second![i]!].filter((r) => r.ok).length);
    expect(winners).toEqual(tokens.map(() => 1));
    expect([...first!, ...second!].filter((r) => !r.ok)).toEqual(tokens.map(() => ({ ok: false, reason: "used" })));
  }, 60_000);
});
