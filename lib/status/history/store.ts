import type { HistoryEntry } from "./entry";

/**
 * Where pulls are kept. Small on purpose: a later change moves every store (feedback, history)
 * to one query layer over SQLite or PostgreSQL, and this is all it must provide.
 */
export interface HistoryStore {
  /** Adds one pull, durably, and drops what is older than the retention; safe from several processes at once. */
  append(entry: HistoryEntry): void;
  /**
   * Pulls at or after `from`, oldest first. With `runs`, consecutive pulls that said the same
   * with no gap between them (each before the previous one expired) come as the run's first and
   * last only: the same timeline, read from a few rows instead of a year of them.
   */
  since(from: Date, options?: { runs?: boolean }): HistoryEntry[];
  close(): void;
}
