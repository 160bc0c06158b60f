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
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A connection the server closes (a restart, a failover) emits "error": on the pool while idle,
  // on the client while a request holds it. Unheard, either would end the whole server process.
  // The query in flight gets the error itself (and its request a 503); the pool discards the
  // broken client on release (it checks the client's state) and opens a new one when needed.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  return new PostgresDialect({ pool });
}
