// Our status model. Nothing here is an AWS shape: lib/aws-config reshapes into its own facts,
// lib/status judges them into these types, and everything public (pages, /status.json, the
// history, the feed) is built from them alone.
import type { RecordingState, SourceErrorCode } from "@/lib/aws-config/types";

export type StatusState = "passing" | "failing" | "unknown" | "stale";
export type StatusSourceKind = "aws" | "demo" | "replay" | "file";

/** Why an item has its state; rendered as a sentence in each locale. */
export type StatusReason =
  | { code: "rules_compliant"; rules: number }
  | { code: "rules_non_compliant"; failing: number; rules: number }
  | { code: "pack_score"; score: number; compliant: boolean }
  | { code: "no_data"; rules: number }
  | { code: "rule_missing"; rules: number }
  | { code: "evaluation_error"; rules: number }
  | { code: "evaluation_old"; at: string }
  | { code: "recovery_point_fresh"; ageMinutes: number; maxAgeMinutes: number }
  | { code: "recovery_point_late"; ageMinutes: number; maxAgeMinutes: number }
  | { code: "no_recovery_point"; withinHours: number }
  | { code: "weaker_evidence"; verifiedMinutes: number; maxAgeMinutes: number }
  | { code: "rule_verifies"; verifiedMinutes: number; maxAgeMinutes: number }
  | { code: "rule_contradicts"; verifiedMinutes: number; maxAgeMinutes: number }
  | { code: "plan_frequency_low"; maxAgeMinutes: number }
  | { code: "source_error"; error: StatusErrorCode; since: string }
  | { code: "snapshot_stale"; generatedAt: string }
  /** AWS Config's recorder does not record (or has stopped recording) what this evidence needs. */
  | { code: "recorder_gap"; resourceType: string; problem: RecorderProblem }
  | { code: "not_configured" };

/** Why AWS Config could not be read; the provider layer's own codes. */
export type StatusErrorCode = SourceErrorCode;

/** A recorder state that leaves a resource type's evidence missing or possibly late. */
export type RecorderProblem = Exclude<RecordingState, "recorded" | "unknown">;

/** A rule as the public may see it: only when the operator allowed its name. */
export type PublicRule = { name: string; state: StatusState };

export type ControlStatus = {
  id: string;
  state: StatusState;
  /** When AWS Config produced the evidence (oldest rule evaluation that counts), ISO 8601. */
  evidenceAt: string | null;
  reason: StatusReason;
  rules: PublicRule[];
};

export type BackupStatus = {
  id: string;
  state: StatusState;
  evidenceAt: string | null;
  maxAgeMinutes: number;
  /** Age of the newest recovery point when the snapshot was taken. */
  newestAgeMinutes: number | null;
  /** The tightest window a compliant Config rule confirms, when weaker than the claim. */
  verifiedWithinMinutes: number | null;
  reason: StatusReason;
};

export type StatusSnapshot = {
  version: 1;
  generatedAt: string;
  /** After this the snapshot is stale, whatever it says. */
  expiresAt: string;
  source: { kind: StatusSourceKind; aggregated: boolean };
  /** Set when the source could not be read at all. */
  error: { code: StatusErrorCode; since: string } | null;
  controls: ControlStatus[];
  backups: BackupStatus[];
};
