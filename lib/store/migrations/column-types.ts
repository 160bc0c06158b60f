import type { Engine } from "../config";

/**
 * Column types per engine. SQLite tables are STRICT, which allows INTEGER, REAL and TEXT only;
 * Postgres gets the matching BIGINT and DOUBLE PRECISION (read back as numbers, see postgres.ts).
 */
export function columnTypes(engine: Engine) {
  return engine === "postgres"
    ? ({ ms: "bigint", real: "double precision", int: "integer", text: "text" } as const)
    : ({ ms: "integer", real: "real", int: "integer", text: "text" } as const);
}
