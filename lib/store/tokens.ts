import { createHash, randomBytes } from "node:crypto";
import { toStoreError } from "./errors";
import type { Store } from "./open";

export type Consumed = { ok: true; subject: string } | { ok: false; reason: "unknown" | "expired" | "used" };

// Only the hash is stored: someone who reads the database (a backup, a replica) cannot use a
// token still waiting in someone's mailbox. 32 random bytes cannot be guessed, so a plain
// SHA-256 (no salt, no slow hash) is enough, and the lookup is by the hash's index.
const hashOf = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** A new single-use token for `purpose` (e.g. "verify-email") about `subject`, valid for `ttlMs`. */
export async function issueToken(
  store: Store,
  input: { purpose: string; subject: string; ttlMs: number },
  now = Date.now(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  try {
    await store.db
      .insertInto("tokens")
      .values({
        hash: hashOf(token),
        purpose: input.purpose,
        subject: input.subject,
        created_ms: now,
        expires_ms: now + input.ttlMs,
        used_ms: null,
      })
      .execute();
  } catch (error) {
    throw toStoreError(error, "issuing a token");
  }
  return token;
}

/**
 * Uses a token up. One UPDATE … WHERE used_ms IS NULL does it, so of two requests with the
 * same token exactly one gets `ok` (SQLite runs one writer at a time; Postgres re-checks the
 * WHERE on the row the winner locked). A token of another purpose reads as unknown.
 */
export async function consumeToken(store: Store, purpose: string, token: string, now = Date.now()): Promise<Consumed> {
  const hash = hashOf(token);
  try {
    const won = await store.db
      .updateTable("tokens")
      .set({ used_ms: now })
      .where("hash", "=", hash)
      .where("purpose", "=", purpose)
      .where("used_ms", "is", null)
      .where("expires_ms", ">", now)
      .returning("subject")
      .executeTakeFirst();
    if (won) return { ok: true, subject: won.subject };
    const row = await store.db
      .selectFrom("tokens")
      .select(["used_ms", "expires_ms"])
      .where("hash", "=", hash)
      .where("purpose", "=", purpose)
      .executeTakeFirst();
    if (!row) return { ok: false, reason: "unknown" };
    return { ok: false, reason: row.used_ms !== null ? "used" : "expired" };
  } catch (error) {
    throw toStoreError(error, "consuming a token");
  }
}

/**
 * What a token is about, without using it up: for a page that asks "approve this request?"
 * before the form that consumes the token. Undefined when it is unknown, used or expired.
 */
export async function peekToken(
  store: Store,
  purpose: string,
  token: string,
  now = Date.now(),
): Promise<{ subject: string; expiresMs: number } | undefined> {
  try {
    const row = await store.db
      .selectFrom("tokens")
      .select(["subject", "expires_ms"])
      .where("hash", "=", hashOf(token))
      .where("purpose", "=", purpose)
      .where("used_ms", "is", null)
      .where("expires_ms", ">", now)
      .executeTakeFirst();
    return row ? { subject: row.subject, expiresMs: row.expires_ms } : undefined;
  } catch (error) {
    throw toStoreError(error, "reading a token");
  }
}

/** Deletes tokens expired for longer than `graceMs` (kept a while to answer "expired", not "unknown"). */
export async function purgeTokens(store: Store, graceMs = 7 * 86_400_000, now = Date.now()): Promise<number> {
  try {
    const result = await store.db
      .deleteFrom("tokens")
      .where("expires_ms", "<", now - graceMs)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  } catch (error) {
    throw toStoreError(error, "purging tokens");
  }
}
