import { sql } from "kysely";
import { toStoreError } from "./errors";
import type { Store } from "./open";

export type Taken = { ok: true } | { ok: false; retryAfter: number };

export type RateLimitOptions = {
  /** Names the limit, so several limits share the table without sharing buckets. */
  scope: string;
  perMinute: number;
  burst: number;
  /** Buckets kept at most; past it the least recently used go (a flood of made-up clients). */
  maxKeys?: number;
  /** How often one process sweeps idle buckets away; 0 sweeps on every take (tests). */
  sweepEveryMs?: number;
  now?: () => number;
};

/**
 * A token bucket per client, kept in the store so every server process behind a load balancer
 * draws from the same bucket. One statement takes a token: an upsert whose UPDATE only happens
 * when the refilled bucket holds one, so two processes can never both take the last. Times are
 * each server's clock; a negative elapsed time (clock skew between servers) counts as none.
 */
export class SharedRateLimiter {
  private lastSweep = Number.NEGATIVE_INFINITY;
  private readonly ratePerMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(
    private readonly store: () => Promise<Store>,
    private readonly options: RateLimitOptions,
  ) {
    this.ratePerMs = options.perMinute / 60_000;
    this.maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  /** Takes a token for `client`; when none is left, the seconds until one is. */
  async take(client: string): Promise<Taken> {
    const { scope, burst } = this.options;
    const now = this.now();
    try {
      const store = await this.store();
      const [least, greatest] = store.engine === "postgres" ? ["LEAST", "GREATEST"] : ["MIN", "MAX"];
      // Config numbers, not input, so inlined: Postgres would otherwise type `bigint * $n` as bigint.
      const refilled = sql<number>`${sql.raw(least!)}(${sql.lit(burst)}, rate_limits.tokens + ${sql.raw(greatest!)}(0, excluded.at_ms - rate_limits.at_ms) * ${sql.lit(this.ratePerMs)})`;
      const taken = await store.db
        .insertInto("rate_limits")
        .values({ scope, key: client, tokens: burst - 1, at_ms: now })
        .onConflict((oc) =>
          oc
            .columns(["scope", "key"])
            .doUpdateSet({ tokens: sql`${refilled} - 1`, at_ms: (eb) => eb.ref("excluded.at_ms") })
            .where(sql<boolean>`${refilled} >= 1`),
        )
        .returning("tokens")
        .executeTakeFirst();
      await this.sweepIfDue(store, now);
      if (taken) return { ok: true };
      const row = await store.db
        .selectFrom("rate_limits")
        .select(["tokens", "at_ms"])
        .where("scope", "=", scope)
        .where("key", "=", client)
        .executeTakeFirst();
      const tokens = row ? Math.min(burst, row.tokens + Math.max(0, now - row.at_ms) * this.ratePerMs) : 0;
      return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - tokens) / this.ratePerMs / 1000)) };
    } catch (error) {
      throw toStoreError(error, "taking a rate-limit token");
    }
  }

  /**
   * A bucket idle long enough to be full again is the same as no bucket, so deleting it is
   * invisible to its client; past `maxKeys`, the least recently used go too (a forgotten
   * client only gets to vote sooner, never loses a vote).
   */
  private async sweepIfDue(store: Store, now: number): Promise<void> {
    const every = this.options.sweepEveryMs ?? 10_000;
    if (now - this.lastSweep < every) return;
    this.lastSweep = now;
    const { scope, burst } = this.options;
    const fullAfterMs = burst / this.ratePerMs;
    await store.db
      .deleteFrom("rate_limits")
      .where("scope", "=", scope)
      .where("at_ms", "<", now - fullAfterMs)
      .execute();
    const { count } = await store.db
      .selectFrom("rate_limits")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("scope", "=", scope)
      .executeTakeFirstOrThrow();
    const excess = Number(count) - this.maxKeys;
    if (excess <= 0) return;
    const oldest = store.db
      .selectFrom("rate_limits")
      .select("key")
      .where("scope", "=", scope)
      .orderBy("at_ms")
      .orderBy("key")
      .limit(excess);
    await store.db.deleteFrom("rate_limits").where("scope", "=", scope).where("key", "in", oldest).execute();
  }
}
