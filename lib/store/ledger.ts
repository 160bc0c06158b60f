import { toStoreError } from "./errors";
import type { Store } from "./open";

// "Done once" work, e.g. one mail per subscriber and update. A worker claims a key before the
// work; the unique (topic, key) makes a second claim, by another process or after a restart,
// a no-op (INSERT … ON CONFLICT DO NOTHING on both engines). After the work it marks the key
// done; when the work failed (SMTP down) it releases the key, so a later run retries it. A
// crash between the work and `complete` leaves the key claimed but not done: `unfinished`
// lists those, and the feature decides (for mail: at most once, so they are not resent blindly).

/** True when this caller now owns the key; false when it was claimed before. */
export async function claim(store: Store, topic: string, key: string, now = Date.now()): Promise<boolean> {
  try {
    const result = await store.db
      .insertInto("ledger")
      .values({ topic, key, claimed_ms: now, done_ms: null })
      .onConflict((oc) => oc.columns(["topic", "key"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  } catch (error) {
    throw toStoreError(error, "claiming a ledger key");
  }
}

export async function complete(store: Store, topic: string, key: string, now = Date.now()): Promise<void> {
  try {
    await store.db
      .updateTable("ledger")
      .set({ done_ms: now })
      .where("topic", "=", topic)
      .where("key", "=", key)
      .execute();
  } catch (error) {
    throw toStoreError(error, "completing a ledger key");
  }
}

/** Gives a claimed key back after the work failed; a key already done stays done. */
export async function release(store: Store, topic: string, key: string): Promise<void> {
  try {
    await store.db
      .deleteFrom("ledger")
      .where("topic", "=", topic)
      .where("key", "=", key)
      .where("done_ms", "is", null)
      .execute();
  } catch (error) {
    throw toStoreError(error, "releasing a ledger key");
  }
}

/** Keys claimed before `beforeMs` and never completed: work that may or may not have happened. */
export async function unfinished(store: Store, topic: string, beforeMs: number): Promise<string[]> {
  const rows = await store.db
    .selectFrom("ledger")
    .select("key")
    .where("topic", "=", topic)
    .where("done_ms", "is", null)
    .where("claimed_ms", "<", beforeMs)
    .orderBy("key")
    .execute();
  return rows.map((r) => r.key);
}

export async function isDone(store: Store, topic: string, key: string): Promise<boolean> {
  const row = await store.db
    .selectFrom("ledger")
    .select("done_ms")
    .where("topic", "=", topic)
    .where("key", "=", key)
    .executeTakeFirst();
  return row?.done_ms != null;
}
