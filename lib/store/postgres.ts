import pg from "pg";
import { PostgresDialect } from "kysely";

const INT8 = 20;

/**
 * A pool per process. BIGINT columns (epoch milliseconds, counts) come back as numbers: every
 * value the store keeps there is far below 2^53. Timeouts keep a request from hanging on a
 * database that went away: it fails, and the caller answers 503.
 */
export function postgresDialect(url: string): PostgresDialect {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 10_000,
    types: { getTypeParser: ((oid: number, format?: "text" | "binary") => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  // An idle connection that the server closes (a restart, a failover) is reported here; without
  // a listener Node would end the process. The pool drops it and opens a new one when needed.
  pool.on("error", () => {});
  return new PostgresDialect({ pool });
}
