import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Vote } from "./vote";

export type StoredVote = Vote & { id: number; createdAt: string };

/**
 * Votes in SQLite. WAL lets readers (the report) run beside the writer, busy_timeout makes
 * concurrent writers (several server processes) wait for each other instead of failing, and
 * synchronous=FULL means a vote answered 201 survives a power cut.
 */
export class FeedbackStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, string, number, string | null, string]>;

  constructor(file: string, { readonly = false } = {}) {
    if (!readonly) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file, { readonly, fileMustExist: readonly });
    this.db.pragma("busy_timeout = 5000");
    if (!readonly) {
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = FULL");
      this.db.exec(`CREATE TABLE IF NOT EXISTS votes (
        id INTEGER PRIMARY KEY,
        section TEXT NOT NULL,
        locale TEXT NOT NULL CHECK (locale IN ('en', 'zh')),
        helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
        comment TEXT,
        created_at TEXT NOT NULL
      ) STRICT`);
    }
    this.insert = this.db.prepare("INSERT INTO votes (section, locale, helpful, comment, created_at) VALUES (?, ?, ?, ?, ?)");
  }

  add(vote: Vote, at = new Date()): void {
    this.insert.run(vote.section, vote.locale, vote.helpful ? 1 : 0, vote.comment ?? null, at.toISOString());
  }

  all(): StoredVote[] {
    const rows = this.db.prepare("SELECT id, section, locale, helpful, comment, created_at FROM votes ORDER BY id").all() as {
      id: number; section: string; locale: Vote["locale"]; helpful: number; comment: string | null; created_at: string;
    }[];
    return rows.map((row) => ({ id: row.id, section: row.section, locale: row.locale, helpful: row.helpful === 1, comment: row.comment ?? undefined, createdAt: row.created_at }));
  }

  /** SQLite's own check of the file: "ok" when nothing is corrupted. */
  integrity(): string {
    return (this.db.pragma("integrity_check", { simple: true }) as string) ?? "no answer";
  }

  close(): void {
    this.db.close();
  }
}
