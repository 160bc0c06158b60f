import { expect, it } from "vitest";
import { describeEngines } from "@/test/store-engines";
import { runWorkers } from "@/test/store-processes";
import { claim, complete, isDone, release, unfinished } from "./ledger";

describeEngines("sent-once ledger", (engine) => {
  it("claims a key once, gives it back after a failure, and keeps it once done", async () => {
    const store = await engine.open();
    expect(await claim(store, "mail", "update-7/subscriber-1", 1_000)).toBe(true);
    expect(await claim(store, "mail", "update-7/subscriber-1", 2_000)).toBe(false);
    expect(await claim(store, "other", "update-7/subscriber-1", 2_000)).toBe(true);
    await release(store, "mail", "update-7/subscriber-1");
    expect(await claim(store, "mail", "update-7/subscriber-1", 3_000)).toBe(true);
    await complete(store, "mail", "update-7/subscriber-1", 4_000);
    await release(store, "mail", "update-7/subscriber-1");
    expect(await isDone(store, "mail", "update-7/subscriber-1")).toBe(true);
    expect(await claim(store, "mail", "update-7/subscriber-1", 5_000)).toBe(false);
  });

  it("lists keys claimed before a moment and never completed (a crash mid-send)", async () => {
    const store = await engine.open();
    await claim(store, "mail", "a", 1_000);
    await claim(store, "mail", "b", 1_000);
    await claim(store, "mail", "c", 9_000);
    await complete(store, "mail", "b");
    expect(await unfinished(store, "mail", 5_000)).toEqual(["a"]);
  });

  it("gives each key to exactly one of three processes claiming the same keys at once", async () => {
    const config = await engine.fresh();
    const keys = Array.from({ length: 40 }, (_, i) => `update-1/subscriber-${i}`);
    const won = await runWorkers<string[]>([0, 1, 2].map(() => ({ config, action: "claim" as const, keys })));
    expect(won.flat().sort()).toEqual([...keys].sort());
  }, 60_000);
});
