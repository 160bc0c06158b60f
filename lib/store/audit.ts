import { sql } from "kysely";
import { toStoreError } from "./errors";
import type { Store } from "./open";

/** The append-only tables (migrations/append-only.ts); later ones join this list. */
export type AppendOnlyTable = "audit_events" | "status_pulls" | "nda_acceptances" | "document_downloads";

export type AuditEvent = { kind: string; subject?: string; data?: Record<string, unknown> };
export type StoredEvent = Required<Pick<AuditEvent, "kind" | "data">> & { id: number; at: Date; subject?: string };

/** Appends one event; the database refuses to change or remove it within its retention. */
export async function appendEvent(store: Store, event: AuditEvent, at = Date.now()): Promise<number> {
  try {
    const row = await store.db
      .insertInto("audit_events")
      .values({ at_ms: at, kind: event.kind, subject: event.subject ?? null, data: JSON.stringify(event.data ?? {}) })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  } catch (error) {
    throw toStoreError(error, "appending an audit event");
  }
}

/** Events in the order they were appended, optionally from a time on and of one kind. */
export async function listEvents(
  store: Store,
  filter: { sinceMs?: number; kind?: string } = {},
): Promise<StoredEvent[]> {
  let query = store.db.selectFrom("audit_events").selectAll().orderBy("id");
  if (filter.sinceMs !== undefined) query = query.where("at_ms", ">=", filter.sinceMs);
  if (filter.kind !== undefined) query = query.where("kind", "=", filter.kind);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.at_ms),
    kind: r.kind,
    data: JSON.parse(r.data) as Record<string, unknown>,
    ...(r.subject === null ? {} : { subject: r.subject }),
  }));
}

/**
 * Sets how many days `table` keeps its rows, if that is longer than what is in force (the
 * database refuses a shorter one). Returns the retention in force afterwards.
 */
export async function setRetention(store: Store, table: AppendOnlyTable, days: number): Promise<number> {
  try {
    await store.db
      .insertInto("retention_policy")
      .values({ table_name: table, days })
      .onConflict((oc) =>
        oc
          .column("table_name")
          .doUpdateSet({ days: (eb) => eb.ref("excluded.days") })
          .where("retention_policy.days", "<", days),
      )
      .execute();
    const row = await store.db
      .selectFrom("retention_policy")
      .select("days")
      .where("table_name", "=", table)
      .executeTakeFirstOrThrow();
    return row.days;
  } catch (error) {
    throw toStoreError(error, "setting a retention period");
  }
}

/**
 * The one sanctioned deletion: rows older than the retention in force, by the database's own
 * clock, which is the clock its trigger checks again for every row. Returns how many went.
 */
export async function purgeExpired(store: Store, table: AppendOnlyTable): Promise<number> {
  const nowMs =
    store.engine === "postgres"
      ? sql<number>`extract(epoch FROM now()) * 1000`
      : sql<number>`unixepoch('subsec') * 1000`;
  const days = store.db.selectFrom("retention_policy").select("days").where("table_name", "=", table);
  try {
    // No policy row: the subquery is NULL, the comparison unknown, and nothing is deleted.
    const result = await store.db
      .deleteFrom(table)
      .where("at_ms", "<", sql<number>`${nowMs} - CAST((${days}) AS BIGINT) * 86400000`)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  } catch (error) {
    throw toStoreError(error, "purging expired rows");
  }
}
