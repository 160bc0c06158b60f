import Database from "better-sqlite3";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEngines } from "@/test/store-engines";
import { runWorkers } from "@/test/store-processes";
import { allVotes } from "../feedback/store";
import { migrate, openStore } from "./open";
import { migrations } from "./migrations";

describeEngines("migrations", (engine) => {
  it("brings an empty database to the latest schema once, and a second open runs nothing", async () => {
    const store = await engine.open();
    const names = Object.keys(migrations(engine.name));
    const ran = await store.db
      .selectFrom("kysely_migration" as never)
      .select(sql<string>`name`.as("name"))
      .orderBy(sql`name`)
      .execute();
    expect(ran.map((r) => (r as { name: string }).name)).toEqual(names);
    expect(await migrate(store.db, engine.name)).toEqual([]);
  });

  it("is safe when several processes start on an empty database at once", async () => {
    const config = await engine.fresh();
    const results = await runWorkers<string>(Array.from({ length: 4 }, () => ({ config, action: "open" as const })));
    expect(results).toEqual(["opened", "opened", "opened", "opened"]);
    const store = await openStore(config);
    const count = await store.db
      .selectFrom("kysely_migration" as never)
      .select(sql<number>`count(*)`.as("n"))
      .executeTakeFirstOrThrow();
    expect(Number((count as { n: number }).n)).toBe(Object.keys(migrations(engine.name)).length);
    await store.close();
  }, 60_000);

  if (engine.name === "sqlite") {
    it("adopts a votes file written before the store existed, keeping its votes", async () => {
      const config = await engine.fresh();
      if (config.engine !== "sqlite") throw new Error("unreachable");
      const old = new Database(config.file);
      old.exec(`CREATE TABLE votes (id INTEGER PRIMARY KEY, section TEXT NOT NULL, locale TEXT NOT NULL CHECK (locale IN ('en', 'zh')),
        helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)), comment TEXT, created_at TEXT NOT NULL) STRICT`);
      old
        .prepare(
          "INSERT INTO votes (section, locale, helpful, comment, created_at) VALUES ('mfa', 'zh', 0, '旧的', '2025-01-02T03:04:05.000Z')",
        )
        .run();
      old.close();
      const store = await openStore(config);
      expect(await allVotes(store)).toEqual([
        { id: 1, section: "mfa", locale: "zh", helpful: false, comment: "旧的", createdAt: "2025-01-02T03:04:05.000Z" },
      ]);
      await store.close();
    });
  }
});
