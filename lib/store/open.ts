import { Kysely, Migrator } from "kysely";
import type { Engine, StoreConfig } from "./config";
import { StoreError, toStoreError } from "./errors";
import { migrationProvider } from "./migrations";
import { postgresDialect } from "./postgres";
import type { Database } from "./schema";
import { sqliteDialect } from "./sqlite";

export type Store = {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  close(): Promise<void>;
};

/**
 * Brings the schema up to date. Safe when several processes start at once: kysely's migrator
 * holds a Postgres advisory lock for the run, and on SQLite the run's BEGIN IMMEDIATE (sqlite.ts)
 * makes the second process wait, then find nothing left to do.
 */
export async function migrate(db: Kysely<Database>, engine: Engine): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider(engine) });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === "Error")?.migrationName;
    const mapped = toStoreError(error, "migrating the store");
    // A database that is not there is `unavailable` (retry), not a broken migration.
    if (mapped.code === "unavailable" || mapped.code === "busy") throw mapped;
    throw new StoreError("migration", `migration ${failed ?? "(setup)"} failed`, { cause: error });
  }
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Opens SQLite or Postgres and migrates it before the first query. */
export async function openStore(config: StoreConfig): Promise<Store> {
  let dialect;
  try {
    dialect = config.engine === "postgres" ? postgresDialect(config.url) : sqliteDialect(config.file);
  } catch (error) {
    throw new StoreError("config", `cannot open the ${config.engine} store`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect });
  try {
    await migrate(db, config.engine);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw error;
  }
  return { db, engine: config.engine, close: () => db.destroy() };
}
