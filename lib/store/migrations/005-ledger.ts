import { sql, type Kysely, type Migration } from "kysely";
import type { Engine } from "../config";
import { columnTypes } from "./column-types";

/** "Done once" records: the primary key (topic, key) is what makes a second claim a no-op. */
export function ledger(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("ledger")
        .addColumn("topic", t.text, (c) => c.notNull())
        .addColumn("key", t.text, (c) => c.notNull())
        .addColumn("claimed_ms", t.ms, (c) => c.notNull())
        .addColumn("done_ms", t.ms)
        .addPrimaryKeyConstraint("ledger_pk", ["topic", "key"])
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
    },
  };
}
