import type { RecorderFacts, RuleFacts, TargetRecoveryPoints } from "@/lib/aws-config/types";
import type { BackupConfig } from "./config";
import { minutes } from "./duration";
import { ruleVerdict, type EvaluationContext } from "./evaluate-controls";
import type { BackupStatus, RecorderProblem, StatusReason, StatusState } from "./types";

const HOUR = 3_600_000;
const UNIT_MS: Record<string, number> = { hours: HOUR, days: 24 * HOUR };

/**
 * The window a backup rule checks, from its managed identifier and parameters (AWS defaults
 * when a parameter is unset). Config's own rules cannot check less than an hour, so a
 * 30-minute promise is only ever verified by the recovery points themselves.
 */
export function ruleWindowMs(
  fact: RuleFacts,
): { kind: "recovery_point" | "plan_frequency"; windowMs: number } | undefined {
  const id = fact.identifier ?? "";
  if (id.endsWith("_LAST_BACKUP_RECOVERY_POINT_CREATED")) {
    const value = Number(fact.parameters.recoveryPointAgeValue ?? 1);
    const unit = UNIT_MS[(fact.parameters.recoveryPointAgeUnit ?? "days").toLowerCase()] ?? UNIT_MS.days ?? 0;
    return { kind: "recovery_point", windowMs: value * unit };
  }
  if (id === "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK") {
    const value = Number(fact.parameters.requiredFrequencyValue ?? 1);
    const unit = UNIT_MS[(fact.parameters.requiredFrequencyUnit ?? "days").toLowerCase()] ?? UNIT_MS.days ?? 0;
    return { kind: "plan_frequency", windowMs: value * unit };
  }
  return undefined;
}

type Evidence = { state: StatusState; reason: StatusReason; at: Date | undefined; verifiedMs?: number };

function ruleEvidence(name: string, target: BackupConfig, ctx: EvaluationContext): Evidence {
  const rules = ctx.facts.rules;
  if (!rules.ok)
    return {
      state: "unknown",
      reason: { code: "source_error", error: rules.failure.code, since: ctx.facts.takenAt.toISOString() },
      at: undefined,
    };
  const fact = rules.value.get(name);
  const verdict = ruleVerdict(name, fact, ctx);
  const promised = { maxAgeMinutes: minutes(target.maxAge) };
  if (verdict.kind === "missing")
    return { state: "unknown", reason: { code: "rule_missing", rules: 1 }, at: undefined };
  if (verdict.kind === "error")
    return { state: "unknown", reason: { code: "evaluation_error", rules: 1 }, at: verdict.at };
  const window = fact ? ruleWindowMs(fact) : undefined;
  const verifiedMinutes = window ? minutes(window.windowMs) : 0;
  if (verdict.kind === "failing") {
    // "No recovery point within W" disproves a promise of at most maxAge only when W >= maxAge.
    if (!window)
      return { state: "failing", reason: { code: "rules_non_compliant", failing: 1, rules: 1 }, at: verdict.at };
    if (window.kind === "plan_frequency")
      return window.windowMs <= target.maxAge
        ? { state: "failing", reason: { code: "plan_frequency_low", ...promised }, at: verdict.at }
        : { state: "unknown", reason: { code: "no_data", rules: 1 }, at: verdict.at };
    return window.windowMs >= target.maxAge
      ? { state: "failing", reason: { code: "rule_contradicts", verifiedMinutes, ...promised }, at: verdict.at }
      : { state: "unknown", reason: { code: "no_data", rules: 1 }, at: verdict.at };
  }
  if (verdict.kind !== "ok")
    return {
      state: verdict.state,
      reason:
        verdict.kind === "stale"
          ? { code: "evaluation_old", at: verdict.at?.toISOString() ?? "" }
          : { code: "no_data", rules: 1 },
      at: verdict.at,
    };
  // A compliant rule that checked no resource proves nothing about any backup.
  const results = ctx.facts.ruleResults.get(name);
  if (results && !results.ok)
    return {
      state: "unknown",
      reason: { code: "source_error", error: results.failure.code, since: ctx.facts.takenAt.toISOString() },
      at: undefined,
    };
  if (!results || results.value.compliant === 0)
    return { state: "unknown", reason: { code: "no_data", rules: 1 }, at: verdict.at };
  if (window?.kind === "recovery_point" && window.windowMs <= target.maxAge)
    return { state: "passing", reason: { code: "rule_verifies", verifiedMinutes, ...promised }, at: verdict.at };
  if (window?.kind === "recovery_point")
    return {
      state: "unknown",
      reason: { code: "weaker_evidence", verifiedMinutes, ...promised },
      at: verdict.at,
      verifiedMs: window.windowMs,
    };
  // A compliant plan or other backup rule supports the claim but does not show a recent backup.
  return { state: "unknown", reason: { code: "no_data", rules: 1 }, at: verdict.at };
}

/** The first resource type of this evidence that AWS Config does not (or may not yet) see. */
function recorderGap(
  points: TargetRecoveryPoints,
  recorder: RecorderFacts | undefined,
): { resourceType: string; problem: RecorderProblem } | undefined {
  for (const { resourceType } of points.types) {
    const state = recorder?.coverage.find((c) => c.resourceType === resourceType)?.state;
    if (state && state !== "recorded" && state !== "unknown") return { resourceType, problem: state };
  }
  return undefined;
}

function recoveryPointEvidence(
  target: BackupConfig,
  ctx: EvaluationContext,
): { evidence: Evidence; ageMinutes: number | null } | undefined {
  const fetched = ctx.facts.recoveryPoints.get(target.id);
  if (!fetched || !target.recoveryPoints) return undefined;
  const takenAt = ctx.facts.takenAt;
  if (!fetched.ok)
    return {
      evidence: {
        state: "unknown",
        reason: { code: "source_error", error: fetched.failure.code, since: takenAt.toISOString() },
        at: undefined,
      },
      ageMinutes: null,
    };
  const point = fetched.value.newest;
  const ageMs = point ? Math.max(0, takenAt.getTime() - point.createdAt.getTime()) : undefined;
  const detail =
    ageMs === undefined ? undefined : { ageMinutes: minutes(ageMs), maxAgeMinutes: minutes(target.maxAge) };
  // A fresh recovery point is evidence whatever the recorder does now: it was recorded, and it is recent.
  if (ageMs !== undefined && detail && ageMs <= target.maxAge)
    return {
      evidence: { state: "passing", reason: { code: "recovery_point_fresh", ...detail }, at: takenAt },
      ageMinutes: detail.ageMinutes,
    };
  // A late or missing one proves nothing when the recorder does not (or not yet) record its type.
  const gap = recorderGap(fetched.value, ctx.facts.recorder.ok ? ctx.facts.recorder.value : undefined);
  if (gap)
    return {
      evidence: { state: "unknown", reason: { code: "recorder_gap", ...gap }, at: takenAt },
      ageMinutes: detail?.ageMinutes ?? null,
    };
  if (!detail)
    return {
      evidence: { state: "unknown", reason: { code: "no_recovery_point", withinHours: 0 }, at: takenAt },
      ageMinutes: null,
    };
  return {
    evidence: { state: "failing", reason: { code: "recovery_point_late", ...detail }, at: takenAt },
    ageMinutes: detail.ageMinutes,
  };
}

/** Which unknown reason tells the reader most: a recorder that hides the evidence, what is verified, then why nothing is. */
const UNKNOWN_ORDER: StatusReason["code"][] = [
  "recorder_gap",
  "weaker_evidence",
  "source_error",
  "rule_missing",
  "evaluation_error",
  "no_recovery_point",
  "evaluation_old",
  "no_data",
];

export function backupStatus(target: BackupConfig, ctx: EvaluationContext): BackupStatus {
  const point = recoveryPointEvidence(target, ctx);
  const evidence = [...(point ? [point.evidence] : []), ...target.rules.map((rule) => ruleEvidence(rule, target, ctx))];
  const failing = evidence.find((e) => e.state === "failing");
  const passing = evidence.find((e) => e.state === "passing");
  const weak = evidence.flatMap((e) => (e.verifiedMs ? [e.verifiedMs] : [])).sort((a, b) => a - b)[0];
  const chosen: Evidence = failing ??
    passing ??
    (evidence.length > 0 && evidence.every((e) => e.state === "stale") ? evidence[0] : undefined) ??
    evidence
      .filter((e) => e.state !== "stale")
      .sort((a, b) => UNKNOWN_ORDER.indexOf(a.reason.code) - UNKNOWN_ORDER.indexOf(b.reason.code))[0] ?? {
      state: "unknown",
      reason: { code: "not_configured" },
      at: undefined,
    };
  return {
    id: target.id,
    state: chosen.state,
    evidenceAt: chosen.at?.toISOString() ?? null,
    maxAgeMinutes: minutes(target.maxAge),
    newestAgeMinutes: point?.ageMinutes ?? null,
    verifiedWithinMinutes: weak === undefined ? null : minutes(weak),
    reason: chosen.reason,
  };
}
