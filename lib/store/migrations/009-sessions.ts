import { sql, type Kysely, type Migration } from "kysely";
import type { Engine } from "../config";
import { columnTypes } from "./column-types";

/** Signed-in browsers (viewers of documents, approvers in /admin) by the SHA-256 of their cookie. */
export function sessions(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("sessions")
        .addColumn("hash", t.text, (c) => c.primaryKey())
        .addColumn("kind", t.text, (c) => c.notNull())
        .addColumn("subject", t.text, (c) => c.notNull())
        .addColumn("created_ms", t.ms, (c) => c.notNull())
        .addColumn("expires_ms", t.ms, (c) => c.notNull())
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
      await db.schema.createIndex("sessions_expires").on("sessions").column("expires_ms").execute();
    },
  };
}
