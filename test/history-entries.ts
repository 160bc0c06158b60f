import type { HistoryEntry } from "../lib/status/history/entry";

// Status history entries for the stores' tests and their writer processes.

/** One check passing at `at`, valid for two hours (a pull's default staleAfter). */
export const entryAt = (at: Date, id = "database-backups"): HistoryEntry => ({
  at: at.toISOString(),
  expiresAt: new Date(at.getTime() + 7_200_000).toISOString(),
  source: "file",
  items: [{ id, state: "passing", reason: { code: "rules_compliant", rules: 1 } }],
});

/** The i-th pull of a writer process: a second item names the writer, so each entry says who wrote it. */
export function writerEntry(
  i: number,
  writer = `writer-${process.pid}`,
  at = new Date(Date.now() - 60_000 + i),
): HistoryEntry {
  return {
    at: at.toISOString(),
    expiresAt: new Date(at.getTime() + 7_200_000).toISOString(),
    source: "aws",
    items: [
      {
        id: "database-backups",
        state: "passing",
        reason: { code: "recovery_point_fresh", ageMinutes: 12, maxAgeMinutes: 30 },
      },
      { id: writer, state: "unknown", reason: { code: "no_data", rules: i } },
    ],
  };
}

/**
 * A day of pulls ending at `end`, for reading history as runs: 40 passing, 5 failing, 30
 * passing, a gap past the expiry, then 20 passing (95 entries). `at(m)` is m minutes before `end`.
 */
export function pullsWithRuns(end: Date): { at: (minutesAgo: number) => Date; entries: HistoryEntry[] } {
  const at = (minutesAgo: number) => new Date(end.getTime() - minutesAgo * 60_000);
  const failing = (t: Date): HistoryEntry => ({
    ...entryAt(t),
    items: [
      {
        id: "database-backups",
        state: "failing",
        reason: { code: "recovery_point_late", ageMinutes: 47, maxAgeMinutes: 30 },
      },
    ],
  });
  const minutes = [
    ...Array.from({ length: 40 }, (_, i) => 1000 - i * 5),
    ...Array.from({ length: 5 }, (_, i) => 800 - i * 5),
    ...Array.from({ length: 30 }, (_, i) => 775 - i * 5),
    ...Array.from({ length: 20 }, (_, i) => 300 - i * 5),
  ];
  return { at, entries: minutes.map((m, i) => (i >= 40 && i < 45 ? failing(at(m)) : entryAt(at(m)))) };
}
