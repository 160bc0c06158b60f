import "server-only";
import { env } from "@/lib/env";
import type { StatusSnapshot } from "../types";
import { entryOf, type HistoryEntry } from "./entry";
import { historyFileOf, JsonLinesHistoryStore } from "./jsonl-store";
import { SqliteHistoryStore } from "./sqlite-store";
import type { HistoryStore } from "./store";

// Which store holds the history: a pulled snapshot file's history lies beside it (written by
// `npm run status:pull`); every other source pulls in this process, into the server's store.

export function openHistoryStore(): HistoryStore {
  return env.STATUS_SOURCE === "file" ? new JsonLinesHistoryStore(historyFileOf(env.STATUS_FILE)) : new SqliteHistoryStore(env.STATUS_HISTORY_DB);
}

function withStore<T>(act: (store: HistoryStore) => T, fallback: T, doing: string): T {
  let store: HistoryStore | undefined;
  try {
    store = openHistoryStore();
    return act(store);
  } catch (error) {
    // History is a record of the status, never a reason the status cannot be shown.
    console.warn(`[status] history: cannot ${doing}: ${(error as Error).message}`);
    return fallback;
  } finally {
    store?.close();
  }
}

/** Keeps a pull made by this process (the file source's pulls were kept by status:pull). */
export function recordPull(snapshot: StatusSnapshot): void {
  if (env.STATUS_SOURCE === "file") return;
  withStore((store) => store.append(entryOf(snapshot)), undefined, "record the pull");
}

/** Pulls since `from` as runs (HistoryStore.since): what the timeline and the feed need. */
export function readHistory(from: Date): HistoryEntry[] {
  return withStore((store) => store.since(from, { runs: true }), [], "read");
}
