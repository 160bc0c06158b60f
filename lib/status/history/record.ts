import "server-only";
import { env } from "@/lib/env";
import { getStore } from "@/lib/store/server";
import type { StatusSnapshot } from "../types";
import { DatabaseHistoryStore } from "./db-store";
import { entryOf, type HistoryEntry } from "./entry";
import { historyFileOf, JsonLinesHistoryStore } from "./jsonl-store";
import type { HistoryStore } from "./store";

// Which store holds the history: a pulled snapshot file's history lies beside it (written by
// `npm run status:pull`); every other source pulls in this process, into the server's store,
// which all server processes on the same DATABASE_URL (or SQLite file) share.

async function openHistoryStore(): Promise<HistoryStore> {
  return env.STATUS_SOURCE === "file"
    ? new JsonLinesHistoryStore(historyFileOf(env.STATUS_FILE))
    : new DatabaseHistoryStore(await getStore());
}

async function withStore<T>(act: (store: HistoryStore) => T | Promise<T>, fallback: T, doing: string): Promise<T> {
  let store: HistoryStore | undefined;
  try {
    store = await openHistoryStore();
    return await act(store);
  } catch (error) {
    // History is a record of the status, never a reason the status cannot be shown.
    console.warn(`[status] history: cannot ${doing}: ${(error as Error).message}`);
    return fallback;
  } finally {
    store?.close();
  }
}

/** Keeps a pull made by this process (the file source's pulls were kept by status:pull). */
export async function recordPull(snapshot: StatusSnapshot): Promise<void> {
  if (env.STATUS_SOURCE === "file") return;
  await withStore((store) => store.append(entryOf(snapshot)), undefined, "record the pull");
}

/** Pulls since `from` as runs (HistoryStore.since): what the timeline and the feed need. */
export function readHistory(from: Date): Promise<HistoryEntry[]> {
  return withStore((store) => store.since(from, { runs: true }), [], "read");
}
