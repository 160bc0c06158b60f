// An empty store for a bench: SQLite in a temp file, or a new schema on the PostgreSQL server at
// `url` (DATABASE_URL, or the one `node scripts/with-postgres.mjs` starts), dropped afterwards,
// so a bench never touches a database's own tables.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { StoreConfig } from "../../lib/store/config";
import { openStore, type Store } from "../../lib/store/open";

export type ScratchStore = { store: Store; drop(): Promise<void> };

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function scratchStore(engine: "sqlite" | "postgres", url?: string): Promise<ScratchStore> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "bench-store-"));
    const store = await openStore({ engine, file: path.join(dir, "store.sqlite") });
    return { store, drop: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
  }
  if (!url) throw new Error("a PostgreSQL bench needs DATABASE_URL");
  const schema = `bench_${randomBytes(6).toString("hex")}`;
  await admin(url, `CREATE SCHEMA ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set("options", `-c search_path=${schema}`);
  const config: StoreConfig = { engine, url: scoped.toString() };
  const store = await openStore(config);
  return { store, drop: async () => (await store.close(), await admin(url, `DROP SCHEMA ${schema} CASCADE`)) };
}
