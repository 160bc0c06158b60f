import { mkdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDialectConfig,
} from "kysely";

/**
 * Every transaction here writes, so it takes the write lock when it begins (BEGIN IMMEDIATE):
 * a deferred transaction that read first and writes later fails with SQLITE_BUSY_SNAPSHOT
 * when another process wrote in between, which busy_timeout does not wait out. The same lock
 * makes the migrator safe when several processes start at once (kysely's SQLite migration
 * lock only guards one process), once the migrator runs in a transaction at all (below).
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

/**
 * SQLite's DDL is transactional, though kysely's adapter says otherwise; saying so makes the
 * migrator read what has run and run the rest inside one BEGIN IMMEDIATE, so a second process
 * waits for the first and then finds nothing to do.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/**
 * WAL lets readers (the report) run beside the writer, busy_timeout makes concurrent writers
 * (several server processes) wait for each other instead of failing, and synchronous=FULL
 * means a write answered as done survives a power cut.
 */
export function sqliteDialect(file: string): SqliteDialect {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new BetterSqlite3(file);
  database.pragma("busy_timeout = 5000");
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = FULL");
  return new ImmediateSqliteDialect({ database });
}
