import "server-only";
import { toSourceError } from "./errors";
import type { Fetched, QueryFailure } from "./types";

/** Runs one query; a failure is kept (with its operation, for the IAM action) instead of thrown. */
export async function fetched<T>(
  run: () => Promise<T>,
  operation: string,
  failures: QueryFailure[],
): Promise<Fetched<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const e = toSourceError(error, operation);
    const failure = { code: e.code, operation: e.operation || operation, detail: e.message };
    failures.push(failure);
    return { ok: false, failure };
  }
}
