import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEngines } from "@/test/store-engines";
import { appendEvent, listEvents, purgeExpired, setRetention } from "./audit";
import { StoreError, toStoreError } from "./errors";
import type { Store } from "./open";

const DAY = 86_400_000;

/** What the database answered to a statement: "ok", or the StoreError code it maps to. */
async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    return toStoreError(error, "test").code;
  }
}

describeEngines("append-only audit log", (engine) => {
  async function withEvents(store: Store) {
    const now = Date.now();
    await appendEvent(store, { kind: "request", subject: "r-1", data: { company: "Example 公司" } }, now - 500 * DAY);
    await appendEvent(store, { kind: "approval", subject: "r-1" }, now - 10 * DAY);
    await appendEvent(store, { kind: "download" }, now);
    return now;
  }

  it("keeps events in order with their data", async () => {
    const store = await engine.open();
    const now = await withEvents(store);
    const events = await listEvents(store);
    expect(events.map((e) => e.kind)).toEqual(["request", "approval", "download"]);
    expect(events[0]).toMatchObject({
      subject: "r-1",
      data: { company: "Example 公司" },
      at: new Date(now - 500 * DAY),
    });
    expect((await listEvents(store, { kind: "approval" })).map((e) => e.subject)).toEqual(["r-1"]);
    expect((await listEvents(store, { sinceMs: now - DAY })).map((e) => e.kind)).toEqual(["download"]);
  });

  it("refuses every UPDATE and every DELETE within retention, whatever the application sends", async () => {
    const store = await engine.open();
    await withEvents(store);
    await setRetention(store, "audit_events", 30);
    expect(await outcome(() => store.db.updateTable("audit_events").set({ kind: "nothing happened" }).execute())).toBe(
      "refused",
    );
    expect(await outcome(() => store.db.deleteFrom("audit_events").where("kind", "=", "download").execute())).toBe(
      "refused",
    );
    // One young row in a statement refuses the whole statement: the old one stays too.
    expect(await outcome(() => store.db.deleteFrom("audit_events").execute())).toBe("refused");
    if (engine.name === "postgres")
      expect(await outcome(() => sql`TRUNCATE audit_events`.execute(store.db))).toBe("refused");
    expect(await listEvents(store)).toHaveLength(3);
  });

  it("without a retention policy, refuses even the oldest row's DELETE", async () => {
    const store = await engine.open();
    await withEvents(store);
    expect(await outcome(() => store.db.deleteFrom("audit_events").where("kind", "=", "request").execute())).toBe(
      "refused",
    );
    expect(await purgeExpired(store, "audit_events")).toBe(0);
  });

  it("purges only what is older than the retention, by the database's clock", async () => {
    const store = await engine.open();
    await withEvents(store);
    expect(await setRetention(store, "audit_events", 400)).toBe(400);
    expect(await purgeExpired(store, "audit_events")).toBe(1);
    expect((await listEvents(store)).map((e) => e.kind)).toEqual(["approval", "download"]);
  });

  it("lets a retention grow but never shrink, and never lose its row", async () => {
    const store = await engine.open();
    await withEvents(store);
    expect(await setRetention(store, "audit_events", 400)).toBe(400);
    expect(await setRetention(store, "audit_events", 5)).toBe(400);
    expect(await setRetention(store, "audit_events", 800)).toBe(800);
    expect(await outcome(() => store.db.updateTable("retention_policy").set({ days: 1 }).execute())).toBe("refused");
    expect(await outcome(() => store.db.deleteFrom("retention_policy").execute())).toBe("refused");
    expect(await purgeExpired(store, "audit_events")).toBe(0);
  });

  it("maps the refusal to a typed error with a code, not a message to parse", async () => {
    const store = await engine.open();
    await appendEvent(store, { kind: "download" });
    const error = await store.db
      .updateTable("audit_events")
      .set({ kind: "x" })
      .execute()
      .catch((e: unknown) => toStoreError(e, "rewriting"));
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: "refused" });
  });
});
