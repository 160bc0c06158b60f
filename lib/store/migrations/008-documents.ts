import { sql, type Kysely, type Migration } from "kysely";
import type { Engine } from "../config";
import { columnTypes } from "./column-types";
import { makeAppendOnly } from "./append-only";

/**
 * Gated documents (lib/documents): requests and grants change state (a conditional UPDATE moves
 * each one step, so two approvers cannot both decide); NDA acceptances and downloads are
 * records, append-only with the audit log's retention. The one-grant-per-request unique key is
 * the last guard against a request granted twice.
 */
export function documents(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("document_requests")
        .addColumn("id", t.text, (c) => c.primaryKey())
        .addColumn("created_ms", t.ms, (c) => c.notNull())
        .addColumn("locale", t.text, (c) => c.notNull())
        .addColumn("document_id", t.text, (c) => c.notNull())
        .addColumn("name", t.text, (c) => c.notNull())
        .addColumn("email", t.text, (c) => c.notNull())
        .addColumn("company", t.text, (c) => c.notNull())
        .addColumn("reason", t.text, (c) => c.notNull())
        .addColumn("status", t.text, (c) => c.notNull())
        .addColumn("verified_ms", t.ms)
        .addColumn("decided_ms", t.ms)
        .addColumn("decided_by", t.text)
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
      await db.schema
        .createIndex("document_requests_email")
        .on("document_requests")
        .columns(["email", "status"])
        .execute();
      await db.schema
        .createIndex("document_requests_status")
        .on("document_requests")
        .columns(["status", "created_ms"])
        .execute();

      await db.schema
        .createTable("document_grants")
        .addColumn("id", t.text, (c) => c.primaryKey())
        .addColumn("request_id", t.text, (c) => c.notNull().unique())
        .addColumn("email", t.text, (c) => c.notNull())
        .addColumn("name", t.text, (c) => c.notNull())
        .addColumn("company", t.text, (c) => c.notNull())
        .addColumn("scope", t.text, (c) => c.notNull())
        .addColumn("created_ms", t.ms, (c) => c.notNull())
        .addColumn("expires_ms", t.ms, (c) => c.notNull())
        .addColumn("approved_by", t.text, (c) => c.notNull())
        .addColumn("revoked_ms", t.ms)
        .addColumn("revoked_by", t.text)
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
      await db.schema
        .createIndex("document_grants_email")
        .on("document_grants")
        .columns(["email", "expires_ms"])
        .execute();

      await db.schema
        .createTable("nda_acceptances")
        .addColumn("id", t.int, (c) =>
          engine === "postgres" ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey(),
        )
        .addColumn("at_ms", t.ms, (c) => c.notNull())
        .addColumn("request_id", t.text, (c) => c.notNull())
        .addColumn("email", t.text, (c) => c.notNull())
        .addColumn("nda_version", t.text, (c) => c.notNull())
        .addColumn("nda_locale", t.text, (c) => c.notNull())
        .addColumn("nda_sha256", t.text, (c) => c.notNull())
        .addColumn("ip", t.text, (c) => c.notNull())
        .addColumn("user_agent", t.text, (c) => c.notNull())
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
      await db.schema
        .createIndex("nda_acceptances_email")
        .on("nda_acceptances")
        .columns(["email", "nda_version"])
        .execute();
      await makeAppendOnly(db, engine, "nda_acceptances");

      await db.schema
        .createTable("document_downloads")
        .addColumn("id", t.text, (c) => c.primaryKey())
        .addColumn("at_ms", t.ms, (c) => c.notNull())
        .addColumn("grant_id", t.text, (c) => c.notNull())
        .addColumn("document_id", t.text, (c) => c.notNull())
        .addColumn("document_version", t.text, (c) => c.notNull())
        .addColumn("email", t.text, (c) => c.notNull())
        .$call((b) => (engine === "sqlite" ? b.modifyEnd(sql`STRICT`) : b))
        .execute();
      await db.schema.createIndex("document_downloads_at").on("document_downloads").column("at_ms").execute();
      await makeAppendOnly(db, engine, "document_downloads");
    },
  };
}
