import { sql } from "kysely";
import { toStoreError } from "@/lib/store/errors";
import type { Store } from "@/lib/store/open";
import type { Vote } from "./vote";

export type StoredVote = Vote & { id: number; createdAt: string };

/** Stores one vote; resolves once the database has committed it (SQLite: synchronous=FULL). */
export async function addVote(store: Store, vote: Vote, at = new Date()): Promise<void> {
  try {
    await store.db
      .insertInto("votes")
      .values({
        section: vote.section,
        locale: vote.locale,
        helpful: vote.helpful ? 1 : 0,
        comment: vote.comment ?? null,
        created_at: at.toISOString(),
      })
      .execute();
  } catch (error) {
    throw toStoreError(error, "storing a vote");
  }
}

export async function allVotes(store: Store): Promise<StoredVote[]> {
  const rows = await store.db.selectFrom("votes").selectAll().orderBy("id").execute();
  return rows.map((row) => ({
    id: row.id,
    section: row.section,
    locale: row.locale,
    helpful: row.helpful === 1,
    comment: row.comment ?? undefined,
    createdAt: row.created_at,
  }));
}

/**
 * SQLite's own check of the file: "ok" when nothing is corrupted. PostgreSQL has no such check
 * short of the amcheck extension (superuser to install), so there it is undefined.
 */
export async function integrity(store: Store): Promise<string | undefined> {
  if (store.engine !== "sqlite") return undefined;
  const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(store.db);
  return rows.map((r) => r.integrity_check).join("; ") || "no answer";
}
