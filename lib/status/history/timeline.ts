import type { StatusReason, StatusState } from "../types";
import type { HistoryEntry } from "./entry";

// Pulls -> what a reader sees over time. Each pull's state holds from its time until the next
// pull, or until it expired (then it reads as stale, as the page itself would have said);
// before the first pull there is no data. Nothing is filled in that no pull said.

export type DayState = StatusState | "no_data";
export type StateChange = { at: string; from: StatusState; to: StatusState; reason: StatusReason };
export type CheckTimeline = {
  id: string;
  /** Oldest first, one per UTC day: the worst state the day saw. */
  days: { date: string; state: DayState }[];
  /** Share of the covered time with evidence of passing; null before there is enough history. */
  passingShare: number | null;
  /** Start of the time the share covers: the window's start, or the first pull if later. */
  coveredFrom: string | null;
  /** Newest first. */
  changes: StateChange[];
};

const DAY = 86_400_000;
const WORST: DayState[] = ["failing", "unknown", "stale", "passing", "no_data"];
type Segment = {
  from: number;
  to: number;
  state: DayState;
  reason: StatusReason | undefined;
  observedAt: number | undefined;
};

type Pull = { at: number; expires: number; state: DayState; reason: StatusReason | undefined };

/** Consecutive pulls that said the same and left no gap are one span: a year of 5-minute pulls is a few hundred. */
function spans(entries: HistoryEntry[], id: string, end: number): Segment[] {
  const out: Segment[] = [];
  let open: (Pull & { from: number; reasonKey: string }) | undefined;
  const close = (until: number) => {
    if (!open) return;
    out.push({
      from: open.from,
      to: Math.max(open.from, Math.min(until, open.expires)),
      state: open.state,
      reason: open.reason,
      observedAt: open.at,
    });
    if (open.expires < until)
      out.push({
        from: open.expires,
        to: until,
        state: open.state === "no_data" ? "no_data" : "stale",
        reason: { code: "snapshot_stale", generatedAt: new Date(open.at).toISOString() },
        observedAt: undefined,
      });
  };
  for (const entry of entries) {
    const at = Date.parse(entry.at);
    if (at > end) break;
    const item = entry.items.find((candidate) => candidate.id === id);
    const state: DayState = item?.state ?? "no_data";
    const reasonKey = item ? JSON.stringify(item.reason) : "";
    // Same as the span open, and either within its validity or read as one run with it.
    const held = entry.heldSince !== undefined && Date.parse(entry.heldSince) <= (open?.at ?? -Infinity);
    if (open && open.state === state && open.reasonKey === reasonKey && (at <= open.expires || held)) {
      open.at = at;
      open.expires = Date.parse(entry.expiresAt);
      continue;
    }
    close(at);
    open = { from: at, at, expires: Date.parse(entry.expiresAt), state, reason: item?.reason, reasonKey };
  }
  close(end);
  return out;
}

function dayStates(segs: Segment[], start: number, days: number): { date: string; state: DayState }[] {
  const seen = Array.from({ length: days }, () => new Set<DayState>());
  const mark = (from: number, to: number, state: DayState) => {
    const first = Math.max(0, Math.floor((from - start) / DAY));
    const last = Math.min(days - 1, Math.floor((Math.max(from, to - 1) - start) / DAY));
    for (let d = first; d <= last; d++) seen[d]?.add(state);
  };
  for (const s of segs) {
    if (s.to > s.from && s.to > start) mark(Math.max(s.from, start), s.to, s.state);
    // A pull seen in the day counts even when it is the last one (a moment, not a span).
    if (s.observedAt !== undefined && s.observedAt >= start) mark(s.observedAt, s.observedAt + 1, s.state);
  }
  return seen.map((states, d) => ({
    date: new Date(start + d * DAY).toISOString().slice(0, 10),
    state: WORST.find((state) => states.has(state)) ?? "no_data",
  }));
}

function changesOf(segs: Segment[], start: number): StateChange[] {
  const changes: StateChange[] = [];
  let last: StatusState | undefined;
  for (const s of segs) {
    if (s.state === "no_data" || !s.reason) continue;
    if (last !== undefined && s.state !== last && s.from >= start)
      changes.push({ at: new Date(s.from).toISOString(), from: last, to: s.state, reason: s.reason });
    last = s.state;
  }
  return changes.reverse();
}

/** One check's last `days` UTC days up to `end` (the current snapshot's time), from every pull kept. */
export function checkTimeline(entries: HistoryEntry[], id: string, end: Date, days = 90): CheckTimeline {
  const endMs = end.getTime();
  const start = Math.floor(endMs / DAY) * DAY - (days - 1) * DAY;
  const segs = spans(entries, id, endMs);
  const first = segs.find((s) => s.state !== "no_data");
  const coveredFrom = first ? Math.max(start, first.from) : undefined;
  let passing = 0;
  for (const s of segs)
    if (s.state === "passing") passing += Math.max(0, Math.min(s.to, endMs) - Math.max(s.from, start));
  const covered = coveredFrom === undefined ? 0 : endMs - coveredFrom;
  return {
    id,
    days: dayStates(segs, start, days),
    // Under a minute of history says nothing about a share of time.
    passingShare: covered >= 60_000 ? passing / covered : null,
    coveredFrom: coveredFrom === undefined ? null : new Date(coveredFrom).toISOString(),
    changes: changesOf(segs, start),
  };
}

/** The first day of a `days`-day window ending on `end`'s day, minus a margin for the pull that was current then. */
export function readFrom(end: Date, days: number): Date {
  return new Date(Math.floor(end.getTime() / DAY) * DAY - (days - 1) * DAY - 2 * DAY);
}
