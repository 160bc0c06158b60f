import type { StatusReason, StatusSnapshot, StatusSourceKind, StatusState } from "../types";

// One pull as history keeps it: when, until when it held, and each check's state and reason.
// Only what /status.json already publishes, so history can never leak more than the snapshot.

export type HistoryItem = { id: string; state: StatusState; reason: StatusReason };
export type HistoryEntry = {
  at: string;
  expiresAt: string;
  source: StatusSourceKind;
  items: HistoryItem[];
  /** Read as runs only: the same was said, pull after pull with no gap, since this time (the run's first pull). */
  heldSince?: string;
};

/** How long history is kept. */
export const RETENTION_DAYS = 400;
export const retentionStart = (now: Date) => new Date(now.getTime() - RETENTION_DAYS * 86_400_000);

const STATES = new Set(["passing", "failing", "unknown", "stale"]);
const SOURCES = new Set(["aws", "demo", "replay", "file"]);
const isTime = (value: unknown): value is string => typeof value === "string" && !Number.isNaN(Date.parse(value));
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// Checked by hand, not with a schema library: a server reads a year of these (100,000 and more) per page.
function isEntry(value: unknown): value is { v: 1 } & HistoryEntry {
  if (
    !isObject(value) ||
    value.v !== 1 ||
    !isTime(value.at) ||
    !isTime(value.expiresAt) ||
    !SOURCES.has(value.source as string) ||
    !Array.isArray(value.items)
  )
    return false;
  return value.items.every(
    (item) =>
      isObject(item) &&
      typeof item.id === "string" &&
      STATES.has(item.state as string) &&
      isObject(item.reason) &&
      typeof item.reason.code === "string",
  );
}

export function entryOf(snapshot: StatusSnapshot): HistoryEntry {
  const items = [...snapshot.controls, ...snapshot.backups].map(({ id, state, reason }) => ({ id, state, reason }));
  return { at: snapshot.generatedAt, expiresAt: snapshot.expiresAt, source: snapshot.source.kind, items };
}

/** The stored form: one JSON object, versioned. */
export const serializeEntry = (entry: HistoryEntry) => JSON.stringify({ v: 1, ...entry });

/** A stored entry, or undefined when it is not one (a torn line, a foreign row): skipped, never guessed at. */
export function parseEntry(text: string): HistoryEntry | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (!isEntry(value)) return undefined;
    return { at: value.at, expiresAt: value.expiresAt, source: value.source, items: value.items };
  } catch {
    return undefined;
  }
}
