import { sql, type Kysely, type Migration } from "kysely";
import type { Engine } from "../config";
import { columnTypes } from "./column-types";
import { makeAppendOnly } from "./append-only";

/** Days the status history keeps a pull: RETENTION_DAYS of lib/status/history/entry.ts when this was written. */
const STATUS_HISTORY_DAYS = 400;

/**
 * The status history of the server's pulls (lib/status/history/db-store.ts), one row per pull.
 * `states` fingerprints what the pull said, so a read can skip the inside of unchanged runs
 * with a window query over this narrow index instead of parsing every `entry`. Append-only with
 * the retention above: a published record of what the site said is not the application's to
 * rewrite, and the one deletion that succeeds is the purge of pulls past it.
 */
export function statusHistory(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("status_pulls")
        .addColumn("id", t.int, (c) =>
          engine === "postgres" ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey(),
        )
        .addColumn("at_ms", t.ms, (c) => c.notNull())
        .addColumn("expires_ms", t.ms, (c) => c.notNull())
        .addColumn("states", t.text, (c) => c.notNull())
        .addColumn("entry", t.text, (c) => c.notNull())
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
      await db.schema.createIndex("status_pulls_at").on("status_pulls").columns(["at_ms", "id"]).execute();
      await makeAppendOnly(db, engine, "status_pulls");
      await sql`INSERT INTO retention_policy (table_name, days) VALUES ('status_pulls', ${sql.lit(STATUS_HISTORY_DAYS)})`.execute(
        db,
      );
    },
  };
}
