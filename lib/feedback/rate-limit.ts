/**
 * A token bucket per client: `burst` votes at once, refilled at `perMinute`. Kept in memory: a
 * restart forgets it, which only ever lets a client vote sooner, never loses a vote.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
    private readonly maxClients = 100_000,
  ) {}

  /** Takes a token for `client`; when none is left, the seconds until one is. */
  take(client: string): { ok: true } | { ok: false; retryAfter: number } {
    const now = this.now();
    const ratePerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * ratePerMs);
    bucket.at = now;
    this.remember(client, bucket);
    if (bucket.tokens < 1) return { ok: false, retryAfter: Math.ceil((1 - bucket.tokens) / ratePerMs / 1000) };
    bucket.tokens -= 1;
    return { ok: true };
  }

  // A flood of made-up client addresses must not grow memory without bound: the oldest go.
  private remember(client: string, bucket: { tokens: number; at: number }) {
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
  }
}
