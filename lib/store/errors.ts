/**
 * Why a store operation failed, for callers that answer a request: `unavailable` (the database
 * cannot be reached or went away mid-query: try again later), `busy` (SQLite's lock wait ran
 * out), `refused` (a trigger refused the change: an append-only table, a retention that would
 * shrink), `migration` (the schema could not be brought up to date), `config` (a setting the
 * store cannot use), `failed` (any other database error: a bug, not a passing condition).
 */
export type StoreErrorCode = "unavailable" | "busy" | "refused" | "migration" | "config" | "failed";

export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The SQLSTATE our Postgres trigger functions raise (class "TC", trust center); see migrations/003. */
export const REFUSED_SQLSTATE = "TC001";

// Postgres SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown,
// restart), and Node's socket errors: the server is not there, or went away mid-query.
const UNAVAILABLE_SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH"]);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Maps a driver error (better-sqlite3's SqliteError, pg's DatabaseError, a socket error) by its code. */
export function toStoreError(error: unknown, what: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = codeOf(error) ?? "";
  if (code === REFUSED_SQLSTATE || code === "SQLITE_CONSTRAINT_TRIGGER")
    return new StoreError("refused", `${what}: refused by the database`, { cause: error });
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
    return new StoreError("busy", `${what}: the database stayed locked`, { cause: error });
  if (code.startsWith("08") || code.startsWith("57P") || UNAVAILABLE_SOCKET.has(code))
    return new StoreError("unavailable", `${what}: the database is unavailable`, { cause: error });
  // pg reports a connection that ended under it ("Connection terminated unexpectedly", a
  // connect timeout) as a plain Error without a code; database errors always carry a SQLSTATE.
  if (!code && !(error instanceof TypeError || error instanceof RangeError))
    return new StoreError("unavailable", `${what}: the database is unavailable`, { cause: error });
  return new StoreError("failed", `${what}: database error ${code || "(no code)"}`, { cause: error });
}
