import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Store } from "@/lib/store/open";
import type { Database } from "@/lib/store/schema";
import { DAY_MS, type Access } from "./types";

export type Grant = {
  id: string;
  requestId: string;
  email: string;
  name: string;
  company: string;
  scope: string;
  createdMs: number;
  expiresMs: number;
  approvedBy: string;
};

// An approval grant also opens NDA documents: it was given after the same NDA and more.
const scopesFor = (access: Access): string[] => (access === "nda" ? ["nda", "approval"] : [access]);

/** The newest grant of `email` that opens a document of `access` now: not expired, not revoked. */
export async function activeGrant(
  store: Store,
  email: string,
  access: Access,
  now = Date.now(),
): Promise<Grant | undefined> {
  const row = await store.db
    .selectFrom("document_grants")
    .selectAll()
    .where("email", "=", email)
    .where("scope", "in", scopesFor(access))
    .where("revoked_ms", "is", null)
    .where("expires_ms", ">", now)
    .orderBy("expires_ms", "desc")
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      requestId: row.request_id,
      email: row.email,
      name: row.name,
      company: row.company,
      scope: row.scope,
      createdMs: row.created_ms,
      expiresMs: row.expires_ms,
      approvedBy: row.approved_by,
    }
  );
}

export type NewGrant = {
  requestId: string;
  email: string;
  name: string;
  company: string;
  scope: Access;
  days: number;
  by: string;
};

/** One grant per request (a unique key): a second insert for the same request fails. */
export async function createGrant(db: Kysely<Database>, grant: NewGrant, now: number): Promise<string> {
  const id = randomBytes(12).toString("base64url");
  await db
    .insertInto("document_grants")
    .values({
      id,
      request_id: grant.requestId,
      email: grant.email,
      name: grant.name,
      company: grant.company,
      scope: grant.scope,
      created_ms: now,
      expires_ms: now + grant.days * DAY_MS,
      approved_by: grant.by,
      revoked_ms: null,
      revoked_by: null,
    })
    .execute();
  return id;
}
