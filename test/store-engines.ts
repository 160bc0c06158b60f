// Runs a store suite on both engines: SQLite in a temp file and PostgreSQL at TEST_DATABASE_URL
// (npm test starts one; alone: `node scripts/with-postgres.mjs npx vitest run lib/store`).
// Each test gets an empty database: a new SQLite file, or a new Postgres schema (search_path),
// so test files running in parallel never see each other's rows.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeAll, describe } from "vitest";
import type { Engine, StoreConfig } from "../lib/store/config";
import { openStore, type Store } from "../lib/store/open";

const url = process.env.TEST_DATABASE_URL;
/** Set by npm test, which starts PostgreSQL: there a missing URL is a failure, not a skip. */
const required = process.env.STORE_TEST_POSTGRES === "required";

export type TestEngine = {
  name: Engine;
  /** An empty database of this engine, dropped after the test. */
  fresh(): Promise<StoreConfig>;
  /** fresh(), opened and migrated. */
  open(): Promise<Store>;
};

const cleanups: (() => Promise<void>)[] = [];

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function freshConfig(engine: Engine): Promise<StoreConfig> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "store-"));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    return { engine, file: path.join(dir, "store.sqlite") };
  }
  if (!url)
    throw new Error(
      "TEST_DATABASE_URL is not set: npm test starts PostgreSQL for this suite (alone: node scripts/with-postgres.mjs npx vitest run lib/store)",
    );
  const schema = `t_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
  cleanups.push(() => admin((c) => c.query(`DROP SCHEMA ${schema} CASCADE`)).then(() => {}));
  const scoped = new URL(url);
  scoped.searchParams.set("options", `-c search_path=${schema}`);
  return { engine, url: scoped.toString() };
}

function testEngine(name: Engine): TestEngine {
  return {
    name,
    fresh: () => freshConfig(name),
    async open() {
      const store = await openStore(await freshConfig(name));
      cleanups.push(() => store.close().catch(() => {}));
      return store;
    },
  };
}

/** `describe` once per engine; Postgres is skipped only when nobody promised a database. */
export function describeEngines(title: string, body: (engine: TestEngine) => void): void {
  for (const name of ["sqlite", "postgres"] as const) {
    const skip = name === "postgres" && !url && !required;
    (skip ? describe.skip : describe)(`${title} [${name}]`, () => {
      const engine = testEngine(name);
      beforeAll(() => {
        if (name === "postgres" && !url)
          throw new Error("STORE_TEST_POSTGRES=required but TEST_DATABASE_URL is not set");
      });
      afterEach(async () => {
        for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
      });
      body(engine);
    });
  }
}
