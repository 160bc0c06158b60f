import { sql, type Kysely, type Migration } from "kysely";
import type { Engine } from "../config";
import { columnTypes } from "./column-types";
import { createRetentionPolicy, makeAppendOnly } from "./append-only";

/** The audit log: append-only with retention (append-only.ts); later event tables follow it. */
export function audit(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>) {
      await createRetentionPolicy(db, engine);
      await db.schema
        .createTable("audit_events")
        .addColumn("id", t.int, (c) =>
          engine === "postgres" ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey(),
        )
        .addColumn("at_ms", t.ms, (c) => c.notNull())
        .addColumn("kind", t.text, (c) => c.notNull())
        .addColumn("subject", t.text)
        .addColumn("data", t.text, (c) => c.notNull())
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
      await db.schema.createIndex("audit_events_at").on("audit_events").column("at_ms").execute();
      await makeAppendOnly(db, engine, "audit_events");
    },
  };
}
