import type { ConfigFacts, QueryFailure } from "@/lib/aws-config/types";
import type { StatusConfig } from "./config";
import { backupStatus } from "./evaluate-backups";
import { controlStatus } from "./evaluate-controls";
import type { StatusSnapshot, StatusSourceKind, StatusState } from "./types";

/** Facts from AWS Config -> the public snapshot. Pure, so every state can be tested directly. */
export function buildSnapshot(
  config: StatusConfig,
  facts: ConfigFacts,
  failures: QueryFailure[],
  kind: StatusSourceKind,
): StatusSnapshot {
  const ctx = { facts, staleAfterMs: config.source.staleAfter };
  const generatedAt = facts.takenAt.toISOString();
  const everythingFailed =
    !facts.rules.ok && failures.length > 0 && [...facts.recoveryPoints.values()].every((p) => !p.ok);
  return {
    version: 1,
    generatedAt,
    expiresAt: new Date(facts.takenAt.getTime() + config.source.staleAfter).toISOString(),
    source: { kind, aggregated: Boolean(config.source.aggregator) },
    error: everythingFailed && failures[0] ? { code: failures[0].code, since: generatedAt } : null,
    controls: config.controls.map((c) => controlStatus(c, ctx)),
    backups: config.backups.map((b) => backupStatus(b, ctx)),
  };
}

/** What the reader should see now: a snapshot past its expiry is stale, whatever it said. */
export function effectiveState(
  state: StatusState,
  snapshot: Pick<StatusSnapshot, "expiresAt">,
  now: Date = new Date(),
): StatusState {
  return now.getTime() > Date.parse(snapshot.expiresAt) ? "stale" : state;
}
