import { z } from "zod";
import type { StatusReason, StatusSnapshot, StatusSourceKind, StatusState } from "../types";

// One pull as history keeps it: when, until when it held, and each check's state and reason.
// Only what /status.json already publishes, so history can never leak more than the snapshot.

export type HistoryItem = { id: string; state: StatusState; reason: StatusReason };
export type HistoryEntry = { at: string; expiresAt: string; source: StatusSourceKind; items: HistoryItem[] };

/** How long history is kept. */
export const RETENTION_DAYS = 400;
export const retentionStart = (now: Date) => new Date(now.getTime() - RETENTION_DAYS * 86_400_000);

const iso = z.iso.datetime({ offset: true });
export const entrySchema = z.strictObject({
  v: z.literal(1),
  at: iso,
  expiresAt: iso,
  source: z.enum(["aws", "demo", "replay", "file"]),
  items: z.array(z.strictObject({ id: z.string(), state: z.enum(["passing", "failing", "unknown", "stale"]), reason: z.looseObject({ code: z.string() }) })),
});

export function entryOf(snapshot: StatusSnapshot): HistoryEntry {
  const items = [...snapshot.controls, ...snapshot.backups].map(({ id, state, reason }) => ({ id, state, reason }));
  return { at: snapshot.generatedAt, expiresAt: snapshot.expiresAt, source: snapshot.source.kind, items };
}

/** The stored form: one JSON object, versioned. */
export const serializeEntry = (entry: HistoryEntry) => JSON.stringify({ v: 1, ...entry });

/** A stored entry, or undefined when it is not one (a torn line, a foreign row): skipped, never guessed at. */
export function parseEntry(text: string): HistoryEntry | undefined {
  try {
    const parsed = entrySchema.safeParse(JSON.parse(text));
    if (!parsed.success) return undefined;
    const { at, expiresAt, source, items } = parsed.data;
    return { at, expiresAt, source, items: items as HistoryEntry["items"] };
  } catch {
    return undefined;
  }
}
