import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { toStoreError } from "@/lib/store/errors";
import type { Store } from "@/lib/store/open";

// A signed-in browser holds 32 random bytes in an HttpOnly cookie; the store keeps only their
// SHA-256, so a copy of the database signs nobody in. Viewers (documents) and approvers (/admin)
// have separate kinds: a viewer's cookie never opens /admin.

export type SessionKind = "viewer" | "admin";
export const SESSION_TTL_MS: Record<SessionKind, number> = { viewer: 12 * 3_600_000, admin: 8 * 3_600_000 };

const hashOf = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

export async function createSession(
  store: Store,
  kind: SessionKind,
  subject: string,
  now = Date.now(),
): Promise<string> {
  const value = randomBytes(32).toString("base64url");
  try {
    await store.db
      .insertInto("sessions")
      .values({ hash: hashOf(value), kind, subject, created_ms: now, expires_ms: now + SESSION_TTL_MS[kind] })
      .execute();
    await store.db.deleteFrom("sessions").where("expires_ms", "<", now).execute();
  } catch (error) {
    throw toStoreError(error, "starting a session");
  }
  return value;
}

/** The session's subject (an email address), or undefined for a missing, unknown or expired cookie. */
export async function readSession(
  store: Store,
  kind: SessionKind,
  value: string | undefined,
  now = Date.now(),
): Promise<string | undefined> {
  if (!value || value.length > 100) return undefined;
  const row = await store.db
    .selectFrom("sessions")
    .select("subject")
    .where("hash", "=", hashOf(value))
    .where("kind", "=", kind)
    .where("expires_ms", ">", now)
    .executeTakeFirst();
  return row?.subject;
}

export async function endSession(store: Store, value: string): Promise<void> {
  await store.db.deleteFrom("sessions").where("hash", "=", hashOf(value)).execute();
}

/**
 * The CSRF token of a session: an HMAC of its cookie under SESSION_KEY. Forms carry it; a page
 * elsewhere can neither read the cookie nor compute the token, so its posts are refused.
 */
export function csrfToken(key: string, session: string): string {
  return createHmac("sha256", key).update(`csrf:${session}`).digest("base64url");
}

export function checkCsrf(key: string, session: string | undefined, token: unknown): boolean {
  if (!session || typeof token !== "string") return false;
  const expected = Buffer.from(csrfToken(key, session));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
