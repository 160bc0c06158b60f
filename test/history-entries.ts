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
