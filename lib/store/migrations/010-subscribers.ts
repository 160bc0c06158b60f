import { sql, type Kysely, type Migration } from "kysely";
import type { Engine } from "../config";
import { columnTypes } from "./column-types";

/**
 * Subscribers to updates (lib/subscriptions) and when the server first saw each update. An
 * address is stored sealed (AES-GCM, key outside the database) with a keyed hash for lookup,
 * so a copy of the database lists no addresses.
 */
export function subscribers(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("subscribers")
        .addColumn("id", t.text, (c) => c.primaryKey())
        .addColumn("address_hash", t.text, (c) => c.notNull().unique())
        .addColumn("address_sealed", t.text, (c) => c.notNull())
        .addColumn("locale", t.text, (c) => c.notNull())
        .addColumn("kinds", t.text, (c) => c.notNull())
        .addColumn("state", t.text, (c) => c.notNull())
        .addColumn("created_ms", t.ms, (c) => c.notNull())
        .addColumn("confirmed_ms", t.ms)
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
      await db.schema
        .createTable("update_publications")
        .addColumn("update_id", t.text, (c) => c.primaryKey())
        .addColumn("first_seen_ms", t.ms, (c) => c.notNull())
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
    },
  };
}
