import { expect, it } from "vitest";
import { entryAt, pullsWithRuns } from "@/test/history-entries";
import { describeEngines } from "@/test/store-engines";
import { runWorkers } from "@/test/store-processes";
import { integrity } from "../../feedback/store";
import { toStoreError } from "../../store/errors";
import type { StoreConfig } from "../../store/config";
import { openStore, type Store } from "../../store/open";
import { DatabaseHistoryStore } from "./db-store";
import { type HistoryEntry, RETENTION_DAYS } from "./entry";
import { checkTimeline } from "./timeline";

const DAY = 86_400_000;
const MIN = 60_000;

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Everything kept, oldest first, and (SQLite) the file's own check. */
async function kept(store: Store) {
  return { entries: await new DatabaseHistoryStore(store).since(new Date(0)), integrity: await integrity(store) };
}

/** kept() of a database the test's processes wrote to. */
async function keptIn(config: StoreConfig) {
  const store = await openStore(config);
  try {
    return await kept(store);
  } finally {
    await store.close();
  }
}

/** The ordinal each writer process gave its entries (writerEntry), per writer. */
function ordinals(entries: HistoryEntry[]): number[][] {
  const by = new Map<string, number[]>();
  for (const e of entries) {
    const item = e.items[1];
    if (item?.reason.code === "no_data") by.set(item.id, [...(by.get(item.id) ?? []), item.reason.rules]);
  }
  return [...by.values()];
}

describeEngines("status history in the server's store", (engine) => {
  it("gives back each pull as it was appended, oldest first, from a given time on", async () => {
    const history = new DatabaseHistoryStore(await engine.open());
    const now = Date.now();
    const late: HistoryEntry = {
      ...entryAt(new Date(now - 5 * MIN)),
      source: "aws",
      items: [
        {
          id: "database-backups",
          state: "failing",
          reason: { code: "recovery_point_late", ageMinutes: 47, maxAgeMinutes: 30 },
        },
      ],
    };
    const early = entryAt(new Date(now - 60 * MIN), "encrypted-connections");
    await history.append(late);
    await history.append(early);
    expect(await history.since(new Date(0))).toEqual([early, late]);
    expect(await history.since(new Date(now - 30 * MIN))).toEqual([late]);
    expect(await history.since(new Date(now))).toEqual([]);
  });

  it("reads unchanged runs as their first and last pull, giving the same timeline", async () => {
    const history = new DatabaseHistoryStore(await engine.open());
    const end = new Date();
    const { at, entries } = pullsWithRuns(end);
    for (const entry of entries) await history.append(entry);
    const every = await history.since(new Date(0));
    const runs = await history.since(new Date(0), { runs: true });
    expect(every).toHaveLength(95);
    expect(runs.map((e) => [e.at, e.heldSince])).toEqual(
      [
        [at(1000), undefined],
        [at(805), at(1000)],
        [at(800), undefined],
        [at(780), at(800)],
        [at(775), undefined],
        [at(630), at(775)],
        [at(300), undefined],
        [at(205), at(300)],
      ].map(([a, h]) => [a?.toISOString(), h?.toISOString()]),
    );
    expect(checkTimeline(runs, "database-backups", end)).toEqual(checkTimeline(every, "database-backups", end));
  });

  it(`keeps ${RETENTION_DAYS} days, purged by the database's clock`, async () => {
    const store = await engine.open();
    const history = new DatabaseHistoryStore(store);
    const now = Date.now();
    await history.append(entryAt(new Date(now - (RETENTION_DAYS + 2) * DAY)));
    await history.append(entryAt(new Date(now - (RETENTION_DAYS - 2) * DAY)));
    await history.append(entryAt(new Date(now)));
    expect((await history.since(new Date(0))).map((e) => Math.round((now - Date.parse(e.at)) / DAY))).toEqual([
      RETENTION_DAYS - 2,
      0,
    ]);
    const policy = await store.db
      .selectFrom("retention_policy")
      .select("days")
      .where("table_name", "=", "status_pulls")
      .executeTakeFirst();
    expect(policy?.days).toBe(RETENTION_DAYS);
  });

  it("cannot be rewritten by the application: UPDATE, and DELETE within the retention, are refused", async () => {
    const store = await engine.open();
    await new DatabaseHistoryStore(store).append(entryAt(new Date(Date.now() - 30 * DAY)));
    const refused = (run: () => Promise<unknown>) =>
      run().then(
        () => "ok",
        (error: unknown) => toStoreError(error, "test").code,
      );
    expect(
      await refused(() => store.db.updateTable("status_pulls").set({ states: "passing, honestly" }).execute()),
    ).toBe("refused");
    expect(await refused(() => store.db.deleteFrom("status_pulls").execute())).toBe("refused");
    expect((await kept(store)).entries).toHaveLength(1);
  });

  it("keeps every entry when two processes pull at once", async () => {
    const config = await engine.fresh();
    expect(await runWorkers<number>([0, 1].map(() => ({ config, action: "history" as const, count: 25 })))).toEqual([
      25, 25,
    ]);
    const { entries, integrity } = await keptIn(config);
    expect(entries).toHaveLength(50);
    expect(ordinals(entries).map((o) => [...o].sort((a, b) => a - b))).toEqual([range(25), range(25)]);
    expect(integrity ?? "ok").toBe("ok");
  }, 60_000);

  it("loses nothing when a writer is killed before its pull commits", async () => {
    const config = await engine.fresh();
    await runWorkers([{ config, action: "history", count: 3 }]);
    await expect(runWorkers([{ config, action: "history-crash" }])).rejects.toThrow("SIGKILL");
    await runWorkers([{ config, action: "history", count: 2 }]);
    const { entries, integrity } = await keptIn(config);
    expect(ordinals(entries)).toEqual([range(3), range(2)]);
    expect(integrity ?? "ok").toBe("ok");
  }, 60_000);

  it("loses and corrupts nothing when a writer is killed at any moment of its appends", async () => {
    const config = await engine.fresh();
    await expect(runWorkers([{ config, action: "history", count: 1_000_000, killAfterMs: 1_500 }])).rejects.toThrow(
      "SIGKILL",
    );
    await runWorkers([{ config, action: "history", count: 2 }]);
    const { entries, integrity } = await keptIn(config);
    const [killed = [], after] = ordinals(entries);
    // Every append it finished, in order, and the one cut short either whole or absent.
    expect(killed.length).toBeGreaterThan(0);
    expect(killed).toEqual(range(killed.length));
    expect(after).toEqual(range(2));
    expect(integrity ?? "ok").toBe("ok");
  }, 60_000);
});
