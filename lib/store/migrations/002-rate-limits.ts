import { sql, type Kysely, type Migration } from "kysely";
import type { Engine } from "../config";
import { columnTypes } from "./column-types";

/**
 * Token buckets shared by every server process, one per (scope, key): a scope is one limit
 * ("feedback"), the key its client. (scope, at_ms) is indexed for the sweep of idle buckets.
 */
export function rateLimits(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("rate_limits")
        .addColumn("scope", t.text, (c) => c.notNull())
        .addColumn("key", t.text, (c) => c.notNull())
        .addColumn("tokens", t.real, (c) => c.notNull())
        .addColumn("at_ms", t.ms, (c) => c.notNull())
        .addPrimaryKeyConstraint("rate_limits_pk", ["scope", "key"])
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
      await db.schema.createIndex("rate_limits_at").on("rate_limits").columns(["scope", "at_ms"]).execute();
    },
  };
}
