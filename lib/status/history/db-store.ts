import { createHash } from "node:crypto";
import { sql } from "kysely";
import { purgeExpired } from "@/lib/store/audit";
import { toStoreError } from "@/lib/store/errors";
import type { Store } from "@/lib/store/open";
import { type HistoryEntry, parseEntry, serializeEntry } from "./entry";
import type { HistoryStore } from "./store";

/**
 * The server's history in its store (lib/store: SQLite, or PostgreSQL with DATABASE_URL), so
 * every server process, on one machine or behind a load balancer, appends to and reads one
 * history. An append is one INSERT, atomic on both engines: a process killed half-way leaves
 * the entries before it and nothing half-written. The table is append-only (migration 006);
 * pulls past the retention are purged by the database's clock, the clock its trigger checks.
 */
export class DatabaseHistoryStore implements HistoryStore {
  constructor(private readonly store: Store) {}

  async append(entry: HistoryEntry): Promise<void> {
    try {
      await this.store.db
        .insertInto("status_pulls")
        .values({
          at_ms: Date.parse(entry.at),
          expires_ms: Date.parse(entry.expiresAt),
          states: fingerprint(entry),
          entry: serializeEntry(entry),
        })
        .execute();
    } catch (error) {
      throw toStoreError(error, "recording a status pull");
    }
    await purgeExpired(this.store, "status_pulls");
  }

  async since(from: Date, { runs = false } = {}): Promise<HistoryEntry[]> {
    try {
      if (!runs) {
        const rows = await this.store.db
          .selectFrom("status_pulls")
          .select("entry")
          .where("at_ms", ">=", from.getTime())
          .orderBy("at_ms")
          .orderBy("id")
          .execute();
        return rows.flatMap((row) => parseEntry(row.entry) ?? []);
      }
      const { rows } = await runBoundaries(from.getTime()).execute(this.store.db);
      const out: HistoryEntry[] = [];
      for (const row of rows) {
        const entry = parseEntry(row.entry);
        const previous = out.at(-1);
        // SQLite answers the comparison with 1 or 0, PostgreSQL with a boolean; both with NULL for the first row.
        if (entry)
          out.push(row.continues && previous ? { ...entry, heldSince: previous.heldSince ?? previous.at } : entry);
      }
      return out;
    } catch (error) {
      throw toStoreError(error, "reading the status history");
    }
  }

  /** Nothing to close: the store is the process's own (lib/store/server.ts), closed by whoever opened it. */
  close(): void {}
}

/** What a pull said, as a short hash: two pulls with the same fingerprint showed the same. */
export function fingerprint(entry: HistoryEntry): string {
  return createHash("sha256").update(JSON.stringify(entry.items)).digest("base64url").slice(0, 16);
}

// A pull is kept unless it sits inside a run: same states as both neighbours, and neither gap
// longer than the pull before it stayed valid. The window runs over the narrow columns only
// (the (at_ms, id) index gives their order), and only the few boundary rows fetch their entry:
// the same SQL on both engines.
const runBoundaries = (fromMs: number) => sql<{ entry: string; continues: boolean | number | null }>`
  SELECT p.entry, r.continues FROM (
    SELECT id, (states = prev_states AND at_ms <= prev_expires) AS continues FROM (
      SELECT id, at_ms, expires_ms, states,
        LAG(states) OVER w AS prev_states, LAG(expires_ms) OVER w AS prev_expires,
        LEAD(states) OVER w AS next_states, LEAD(at_ms) OVER w AS next_at
      FROM status_pulls WHERE at_ms >= ${fromMs} WINDOW w AS (ORDER BY at_ms, id)
    ) AS neighbours
    WHERE prev_states IS NULL OR next_states IS NULL OR states <> prev_states OR states <> next_states OR at_ms > prev_expires OR next_at > expires_ms
  ) AS r JOIN status_pulls AS p ON p.id = r.id
  ORDER BY p.at_ms, p.id`;
