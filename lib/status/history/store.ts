import type { HistoryEntry } from "./entry";

/**
 * Where pulls are kept: the server's store (db-store.ts) or, for static exports, the JSON-lines
 * file beside the snapshot (jsonl-store.ts). The file store answers at once and the database
 * store with a promise, so callers await either.
 */
export interface HistoryStore {
  /** Adds one pull, durably, and drops what is older than the retention; safe from several processes at once. */
  append(entry: HistoryEntry): void | Promise<void>;
  /**
   * Pulls at or after `from`, oldest first. With `runs`, consecutive pulls that said the same
   * with no gap between them (each before the previous one expired) come as the run's first and
   * last only: the same timeline, read from a few rows instead of a year of them.
   */
  since(from: Date, options?: { runs?: boolean }): HistoryEntry[] | Promise<HistoryEntry[]>;
  close(): void;
}
