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
    this.db.exec(`CREATE TABLE IF NOT EXISTS status_pulls (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      entry TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS status_pulls_at ON status_pulls (at)`);
  }

  append(entry: HistoryEntry): void {
    const insert = this.db.prepare("INSERT INTO status_pulls (at, entry) VALUES (?, ?)");
    const prune = this.db.prepare("DELETE FROM status_pulls WHERE at < ?");
    this.db.transaction(() => {
      insert.run(entry.at, serializeEntry(entry));
      prune.run(retentionStart(new Date(entry.at)).toISOString());
    }).immediate();
  }

  since(from: Date): HistoryEntry[] {
    const rows = this.db.prepare("SELECT entry FROM status_pulls WHERE at >= ? ORDER BY at, id").pluck().all(from.toISOString()) as string[];
    return rows.flatMap((row) => parseEntry(row) ?? []);
  }

  integrity(): string {
    return (this.db.pragma("integrity_check", { simple: true }) as string) ?? "no answer";
  }

  close(): void {
    this.db.close();
  }
}
