import "server-only";
import {
  DB_CLUSTER_SNAPSHOT,
  DB_SNAPSHOT,
  RDS_SNAPSHOTS,
  RECORDERS,
  RECOVERY_POINT,
  RECOVERY_POINTS,
} from "./expressions";
import * as q from "./queries";
import { recordersOfAccount, recordersOfAggregate } from "./reshape-recorder";
import { newestRdsSnapshot, newestRecoveryPoint } from "./reshape-rows";
import type { AggregatorFacts, FactsRequest, RecorderFacts, TargetRecoveryPoints } from "./types";

// The evidence behind backup targets: recovery points and snapshots, and whether AWS Config's
// recorder records them at all.

type Select = (expression: string) => Promise<string[]>;

/** Several backup targets read the same recovery points; ask AWS once per expression. */
export function selectOnce(ctx: q.QueryContext): Select {
  const seen = new Map<string, Promise<string[]>>();
  return (expression) => {
    const pending = seen.get(expression) ?? q.select(ctx, expression);
    seen.set(expression, pending);
    return pending;
  };
}

export const selectOperation = (ctx: q.QueryContext) =>
  ctx.aggregator ? "SelectAggregateResourceConfig" : "SelectResourceConfig";

/** The resource types a backup target's evidence is recorded as. */
export function typesOf(spec: FactsRequest["recoveryPoints"][number]): string[] {
  return [
    ...(spec.backupResourceTypes.length > 0 ? [RECOVERY_POINT] : []),
    ...(spec.rdsSnapshots ? [DB_SNAPSHOT, DB_CLUSTER_SNAPSHOT] : []),
  ];
}

export async function recoveryPoints(
  ctx: q.QueryContext,
  select: Select,
  spec: FactsRequest["recoveryPoints"][number],
): Promise<TargetRecoveryPoints> {
  const op = selectOperation(ctx);
  const types = await Promise.all(
    typesOf(spec).map(async (type) =>
      type === RECOVERY_POINT
        ? newestRecoveryPoint(await select(RECOVERY_POINTS), spec.backupResourceTypes, op)
        : newestRdsSnapshot(await select(RDS_SNAPSHOTS[type] ?? ""), type, op),
    ),
  );
  const newest = types.reduce<TargetRecoveryPoints["newest"]>(
    (best, t) => (t.newest && (!best || t.newest.createdAt > best.createdAt) ? t.newest : best),
    undefined,
  );
  return { types, newest };
}

/** Whether the recorder records what the backup targets need, for this account or the whole organisation. */
export async function recorderFacts(ctx: q.QueryContext, select: Select, types: string[]): Promise<RecorderFacts> {
  if (ctx.aggregator) return recordersOfAggregate(await select(RECORDERS), types, selectOperation(ctx));
  const { settings, status } = await q.recorders(ctx);
  return recordersOfAccount(settings, status, types);
}

export async function aggregatorFacts(ctx: q.QueryContext): Promise<AggregatorFacts> {
  const sources = await q.aggregatorSources(ctx);
  const count = (state: string) => sources.filter((s) => s.LastUpdateStatus === state).length;
  // Error codes only: messages and source ids may name accounts.
  const errors = Array.from(
    new Set(sources.flatMap((s) => (s.LastUpdateStatus === "FAILED" && s.LastErrorCode ? [s.LastErrorCode] : []))),
  );
  return { sources: sources.length, failed: count("FAILED"), outdated: count("OUTDATED"), errors };
}
