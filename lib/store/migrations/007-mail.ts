import { sql, type Kysely, type Migration } from "kysely";
import type { Engine } from "../config";
import { columnTypes } from "./column-types";

/**
 * Mail waiting to go out (lib/mail): one row per message, unique per (topic, key) so the same
 * message is never queued twice. The body is sealed (AES-GCM, a key outside the database) and
 * dropped once sent, so a copy of the database holds no magic link that still works.
 */
export function mail(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("mail_outbox")
        .addColumn("id", t.text, (c) => c.primaryKey())
        .addColumn("topic", t.text, (c) => c.notNull())
        .addColumn("key", t.text, (c) => c.notNull())
        .addColumn("created_ms", t.ms, (c) => c.notNull())
        .addColumn("next_attempt_ms", t.ms, (c) => c.notNull())
        .addColumn("attempts", t.int, (c) => c.notNull())
        .addColumn("sent_ms", t.ms)
        .addColumn("failed_ms", t.ms)
        .addColumn("last_error", t.text)
        .addColumn("sealed", t.text)
        .addUniqueConstraint("mail_outbox_topic_key", ["topic", "key"])
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
      await db.schema
        .createIndex("mail_outbox_due")
        .on("mail_outbox")
        .columns(["sent_ms", "failed_ms", "next_attempt_ms"])
        .execute();
    },
  };
}
