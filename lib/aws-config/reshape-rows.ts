import "server-only";
import { StatusSourceError } from "./errors";
import type { RecoveryPointFacts, RecoveryTypeFacts } from "./types";

// Rows of advanced queries -> recovery points. Each row is the JSON text of the selected
// properties, nested as AWS nests them; `configuration` keys are spelled as the property list of
// the resource type spells them (expressions.ts). Only kinds, states and times cross this line.

type Row = Record<string, unknown>;

export function parseRow(row: string, operation: string): Row {
  try {
    const value: unknown = JSON.parse(row);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Row;
  } catch {
    // fall through
  }
  throw new StatusSourceError("malformed", operation, `${operation} returned a result that is not a JSON object`);
}

/** A property by its dotted path, as named in the query (`configuration.RecordingGroup.AllSupported`). */
export function property(row: Row, path: string): unknown {
  let cursor: unknown = row;
  for (const step of path.split(".")) {
    if (!cursor || typeof cursor !== "object" || Array.isArray(cursor)) return undefined;
    cursor = (cursor as Row)[step];
  }
  return cursor;
}

function dateOf(value: unknown): Date | undefined {
  const date = typeof value === "string" || typeof value === "number" ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

// AWS Backup's RecoveryPointStatus values that mean the backup exists and can be restored.
const USABLE_RECOVERY_POINT = new Set(["COMPLETED", "AVAILABLE"]);

/** The newest usable AWS Backup recovery point of the given protected resource types (RDS, Aurora, S3, …). */
export function newestRecoveryPoint(rows: string[], kinds: string[], operation: string): RecoveryTypeFacts {
  const wanted = new Set(kinds.map((k) => k.toLowerCase()));
  let newest: RecoveryPointFacts | undefined;
  let read = 0;
  for (const row of rows) {
    const item = parseRow(row, operation);
    const kind = String(property(item, "configuration.ResourceType") ?? "");
    const status = property(item, "configuration.Status");
    const createdAt = dateOf(property(item, "configuration.CreationDate"));
    read++;
    // A recovery point without a status, or still being created, proves no backup.
    if (
      !wanted.has(kind.toLowerCase()) ||
      typeof status !== "string" ||
      !USABLE_RECOVERY_POINT.has(status) ||
      !createdAt
    )
      continue;
    if (!newest || createdAt > newest.createdAt) newest = { kind, createdAt };
  }
  return { resourceType: "AWS::Backup::RecoveryPoint", read, newest };
}

/** The newest available RDS instance or cluster snapshot. */
export function newestRdsSnapshot(rows: string[], resourceType: string, operation: string): RecoveryTypeFacts {
  let newest: RecoveryPointFacts | undefined;
  for (const row of rows) {
    const item = parseRow(row, operation);
    const createdAt = dateOf(property(item, "configuration.snapshotCreateTime"));
    if (property(item, "configuration.status") !== "available" || !createdAt) continue;
    if (!newest || createdAt > newest.createdAt) newest = { kind: "RDS snapshot", createdAt };
  }
  return { resourceType, read: rows.length, newest };
}
