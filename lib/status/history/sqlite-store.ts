import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type HistoryEntry, parseEntry, retentionStart, serializeEntry } from "./entry";
import type { HistoryStore } from "./store";

/**
 * The server's history in SQLite, as the feedback store: WAL so pages read while a pull writes,
 * a busy timeout so several server processes (or a build's workers) append in turn, and
 * synchronous=FULL so an entry written survives a crash. Each append is one transaction:
 * a process killed half-way leaves the previous entries and nothing half-written.
 */
export class SqliteHistoryStore implements HistoryStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    this.db.pragma("busy_timeout = 10000");
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    // `states` fingerprints what the pull said, so unchanged runs can be skipped when reading.
    this.db.exec(`CREATE TABLE IF NOT EXISTS status_pulls (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      states TEXT NOT NULL,
      entry TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS status_pulls_at ON status_pulls (at)`);
  }

  append(entry: HistoryEntry): void {
    const insert = this.db.prepare("INSERT INTO status_pulls (at, expires_at, states, entry) VALUES (?, ?, ?, ?)");
    const prune = this.db.prepare("DELETE FROM status_pulls WHERE at < ?");
    this.db.transaction(() => {
      insert.run(entry.at, entry.expiresAt, fingerprint(entry), serializeEntry(entry));
      prune.run(retentionStart(new Date(entry.at)).toISOString());
    }).immediate();
  }

  since(from: Date, { runs = false } = {}): HistoryEntry[] {
    if (!runs) {
      const rows = this.db.prepare("SELECT entry FROM status_pulls WHERE at >= ? ORDER BY at, id").pluck().all(from.toISOString()) as string[];
      return rows.flatMap((row) => parseEntry(row) ?? []);
    }
    const rows = this.db.prepare(RUN_BOUNDARIES).all(from.toISOString()) as { entry: string; continues: number }[];
    const out: HistoryEntry[] = [];
    for (const row of rows) {
      const entry = parseEntry(row.entry);
      const previous = out.at(-1);
      if (entry) out.push(row.continues && previous ? { ...entry, heldSince: previous.heldSince ?? previous.at } : entry);
    }
    return out;
  }

  integrity(): string {
    return (this.db.pragma("integrity_check", { simple: true }) as string) ?? "no answer";
  }

  close(): void {
    this.db.close();
  }
}

/** What a pull said, as a short hash: two pulls with the same fingerprint showed the same. */
export function fingerprint(entry: HistoryEntry): string {
  return createHash("sha256").update(JSON.stringify(entry.items)).digest("base64url").slice(0, 16);
}

// A pull is kept unless it sits inside a run: same states as both neighbours, and neither gap
// longer than the pull before it stayed valid.
const RUN_BOUNDARIES = `SELECT entry, (states = prev_states AND at <= prev_expires) AS continues FROM (
  SELECT entry, at, id, states, expires_at,
    LAG(states) OVER w AS prev_states, LAG(expires_at) OVER w AS prev_expires,
    LEAD(states) OVER w AS next_states, LEAD(at) OVER w AS next_at
  FROM status_pulls WHERE at >= ? WINDOW w AS (ORDER BY at, id)
) WHERE prev_states IS NULL OR next_states IS NULL OR states != prev_states OR states != next_states OR at > prev_expires OR next_at > expires_at
ORDER BY at, id`;
