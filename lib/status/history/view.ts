import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import type { StatusConfig } from "../config";
import type { StatusSnapshot } from "../types";
import type { HistoryEntry } from "./entry";
import { readHistory } from "./record";
import { type CheckTimeline, checkTimeline, readFrom } from "./timeline";

export const HISTORY_DAYS = 90;

export type CheckHistory = CheckTimeline & { kind: "control" | "backup"; title: Record<Locale, string> };
export type HistoryView = {
  version: 1;
  generatedAt: string;
  from: string;
  to: string;
  days: number;
  checks: CheckHistory[];
};

/** Every check's last `days` days from `entries`, ending at the snapshot shown beside it. The same data as /status/history.json. */
export function historyView(
  config: StatusConfig,
  snapshot: StatusSnapshot,
  entries: HistoryEntry[],
  days = HISTORY_DAYS,
): HistoryView {
  const end = new Date(snapshot.generatedAt);
  const checks = [
    ...config.controls.map((c) => ({ kind: "control" as const, id: c.id, title: c.title })),
    ...config.backups.map((b) => ({ kind: "backup" as const, id: b.id, title: b.title })),
  ].map(({ kind, id, title }) => ({ kind, title, ...checkTimeline(entries, id, end, days) }));
  const from = checks[0]?.days[0]?.date ?? end.toISOString().slice(0, 10);
  return { version: 1, generatedAt: snapshot.generatedAt, from, to: end.toISOString().slice(0, 10), days, checks };
}

/** historyView of the history kept for this site (record.ts), read for the window only. */
export async function readHistoryView(
  config: StatusConfig,
  snapshot: StatusSnapshot,
  days = HISTORY_DAYS,
): Promise<HistoryView> {
  return historyView(config, snapshot, await readHistory(readFrom(new Date(snapshot.generatedAt), days)), days);
}
