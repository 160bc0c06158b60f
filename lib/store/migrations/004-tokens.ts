import { sql, type Kysely, type Migration } from "kysely";
import type { Engine } from "../config";
import { columnTypes } from "./column-types";

/** Single-use tokens by the SHA-256 of their value; expires_ms is indexed for the purge. */
export function tokens(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("tokens")
        .addColumn("hash", t.text, (c) => c.primaryKey())
        .addColumn("purpose", t.text, (c) => c.notNull())
        .addColumn("subject", t.text, (c) => c.notNull())
        .addColumn("created_ms", t.ms, (c) => c.notNull())
        .addColumn("expires_ms", t.ms, (c) => c.notNull())
        .addColumn("used_ms", t.ms)
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
      await db.schema.createIndex("tokens_expires").on("tokens").column("expires_ms").execute();
    },
  };
}
