import { expect, it } from "vitest";
import { describeEngines } from "@/test/store-engines";
import { runWorkers } from "@/test/store-processes";
import { SharedRateLimiter, type RateLimitOptions } from "./rate-limit";
import type { Store } from "./open";

describeEngines("SharedRateLimiter", (engine) => {
  const limiter = (store: Store, options: Partial<RateLimitOptions> & { now: () => number }) =>
    new SharedRateLimiter(async () => store, { scope: "feedback", perMinute: 6, burst: 1, ...options });

  it("refills over time and says when to retry", async () => {
    const store = await engine.open();
    let now = 1_000_000;
    const a = limiter(store, { now: () => now });
    expect(await a.take("a")).toEqual({ ok: true });
    expect(await a.take("a")).toEqual({ ok: false, retryAfter: 10 });
    now += 5_000;
    expect(await a.take("a")).toEqual({ ok: false, retryAfter: 5 });
    now += 5_000;
    expect(await a.take("a")).toEqual({ ok: true });
  });

  it("shares one bucket between two limiters (two server processes), per scope", async () => {
    const store = await engine.open();
    const now = () => 1_000_000;
    const one = limiter(store, { burst: 3, now });
    const two = limiter(store, { burst: 3, now });
    const other = limiter(store, { burst: 3, now, scope: "requests" });
    expect([
      (await one.take("c")).ok,
      (await two.take("c")).ok,
      (await one.take("c")).ok,
      (await two.take("c")).ok,
    ]).toEqual([true, true, true, false]);
    expect((await other.take("c")).ok).toBe(true);
  });

  it("treats a clock that went back (another server's) as no time passed", async () => {
    const store = await engine.open();
    let now = 1_000_000;
    const a = limiter(store, { burst: 2, now: () => now });
    await a.take("a");
    now -= 60_000;
    expect((await a.take("a")).ok).toBe(true);
    expect((await a.take("a")).ok).toBe(false);
  });

  it("forgets idle and, past its cap, the least recent clients, so made-up addresses cannot grow it", async () => {
    const store = await engine.open();
    let now = 1_000_000;
    const a = limiter(store, { maxKeys: 3, sweepEveryMs: 0, now: () => now });
    for (const client of ["a", "b", "c", "d"]) {
      now += 1;
      await a.take(client);
    }
    const keys = async () =>
      (await store.db.selectFrom("rate_limits").select("key").orderBy("key").execute()).map((r) => r.key);
    expect(await keys()).toEqual(["b", "c", "d"]);
    expect((await a.take("a")).ok).toBe(true);
    expect((await a.take("d")).ok).toBe(false);
    now += 10 * 60_000;
    await a.take("z");
    expect(await keys()).toEqual(["z"]);
  });

  it("gives out exactly the burst when four processes race for the last tokens", async () => {
    const config = await engine.fresh();
    const taken = await runWorkers<number>(
      Array.from({ length: 4 }, () => ({ config, action: "take" as const, times: 10, burst: 7 })),
    );
    expect(taken.reduce((sum, n) => sum + n, 0)).toBe(7);
  }, 60_000);
});
