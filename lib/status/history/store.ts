import type { HistoryEntry } from "./entry";

/**
 * Where pulls are kept. Small on purpose: a later change moves every store (feedback, history)
 * to one query layer over SQLite or PostgreSQL, and this is all it must provide.
 */
export interface HistoryStore {
  /** Adds one pull, durably, and drops what is older than the retention; safe from several processes at once. */
  append(entry: HistoryEntry): void;
  /** Pulls at or after `from`, oldest first. */
  since(from: Date): HistoryEntry[];
  close(): void;
}
