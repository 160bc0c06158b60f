import { sql, type Kysely } from "kysely";
import type { Engine } from "../config";
import { REFUSED_SQLSTATE } from "../errors";

// The database, not the application, keeps an append-only table append-only: triggers refuse
// every UPDATE, and every DELETE of a row younger than the table's retention in
// retention_policy (no policy row: every DELETE). So the one deletion that succeeds is the
// retention purge (audit.ts), and a bug or a hostile query in the application cannot rewrite
// or trim the record. The table needs an `at_ms` column (epoch ms); the clock is the database's.
// The policy itself can only grow: shortening retention is the database owner's act (README).

const DAY_MS = 86_400_000;

/** Once per database: the policy table and, on Postgres, the shared trigger functions. */
export async function createRetentionPolicy(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === "sqlite") {
    await sql`CREATE TABLE retention_policy (table_name TEXT PRIMARY KEY, days INTEGER NOT NULL CHECK (days >= 1)) STRICT`.execute(
      db,
    );
    await sql`CREATE TRIGGER retention_policy_no_delete BEFORE DELETE ON retention_policy
      BEGIN SELECT RAISE(ABORT, 'retention_policy rows cannot be deleted'); END`.execute(db);
    await sql`CREATE TRIGGER retention_policy_only_longer BEFORE UPDATE ON retention_policy
      WHEN NEW.days < OLD.days OR NEW.table_name <> OLD.table_name
      BEGIN SELECT RAISE(ABORT, 'a retention period can only grow'); END`.execute(db);
    return;
  }
  const refused = sql.lit(REFUSED_SQLSTATE);
  await sql`CREATE TABLE retention_policy (table_name TEXT PRIMARY KEY, days INTEGER NOT NULL CHECK (days >= 1))`.execute(
    db,
  );
  await sql`CREATE FUNCTION retention_policy_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND NEW.days >= OLD.days AND NEW.table_name = OLD.table_name THEN RETURN NEW; END IF;
      RAISE EXCEPTION 'a retention period can only grow (% refused)', TG_OP USING ERRCODE = ${refused};
    END $$`.execute(db);
  await sql`CREATE TRIGGER retention_policy_guard BEFORE UPDATE OR DELETE ON retention_policy FOR EACH ROW EXECUTE FUNCTION retention_policy_guard()`.execute(
    db,
  );
  await sql`CREATE TRIGGER retention_policy_no_truncate BEFORE TRUNCATE ON retention_policy FOR EACH STATEMENT EXECUTE FUNCTION retention_policy_guard()`.execute(
    db,
  );
  await sql`CREATE FUNCTION append_only_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE keep_days integer;
    BEGIN
      IF TG_OP = 'DELETE' THEN
        SELECT days INTO keep_days FROM retention_policy WHERE table_name = TG_TABLE_NAME;
        IF keep_days IS NOT NULL AND OLD.at_ms < extract(epoch FROM clock_timestamp()) * 1000 - keep_days::bigint * ${sql.lit(DAY_MS)} THEN
          RETURN OLD;
        END IF;
      END IF;
      RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = ${refused};
    END $$`.execute(db);
}

/** Makes `table` append-only with retention; call it in the migration that creates the table. */
export async function makeAppendOnly(db: Kysely<unknown>, engine: Engine, table: string): Promise<void> {
  const name = sql.table(table);
  const raw = sql.raw;
  if (engine === "sqlite") {
    await sql`CREATE TRIGGER ${raw(`${table}_no_update`)} BEFORE UPDATE ON ${name}
      BEGIN SELECT RAISE(ABORT, 'append-only: UPDATE refused'); END`.execute(db);
    // No policy row: COALESCE to a retention no row can outlive.
    await sql`CREATE TRIGGER ${raw(`${table}_retention`)} BEFORE DELETE ON ${name}
      WHEN OLD.at_ms >= unixepoch('subsec') * 1000 - COALESCE((SELECT days FROM retention_policy WHERE table_name = ${sql.lit(table)}), 1e9) * ${sql.lit(DAY_MS)}
      BEGIN SELECT RAISE(ABORT, 'append-only: DELETE of a row within retention refused'); END`.execute(db);
    return;
  }
  await sql`CREATE TRIGGER ${raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE ON ${name} FOR EACH ROW EXECUTE FUNCTION append_only_guard()`.execute(
    db,
  );
  await sql`CREATE TRIGGER ${raw(`${table}_no_truncate`)} BEFORE TRUNCATE ON ${name} FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`.execute(
    db,
  );
}
