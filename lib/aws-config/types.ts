// What the provider layer hands to the status model: AWS Config's facts, reshaped and with
// every account id, ARN, resource id and annotation dropped at the boundary.
import type { StatusErrorCode } from "@/lib/status/types";

export type RuleCompliance = "COMPLIANT" | "NON_COMPLIANT" | "NOT_APPLICABLE" | "INSUFFICIENT_DATA";

export type RuleFacts = {
  name: string;
  /** Managed rule identifier, such as RDS_LAST_BACKUP_RECOVERY_POINT_CREATED; undefined for custom rules. */
  identifier: string | undefined;
  parameters: Record<string, string>;
  compliance: RuleCompliance | undefined;
  /** When the rule last evaluated successfully; in aggregator mode, the newest result recorded. */
  evaluatedAt: Date | undefined;
  lastError: string | undefined;
};

/** Per-resource results of a rule: how many resources it checked, and the oldest recording. */
export type RuleResults = { compliant: number; nonCompliant: number; oldestRecordedAt: Date | undefined };

export type PackFacts = { name: string; compliance: RuleCompliance | undefined; score: number | undefined; rules: string[] };

export type RecoveryPointFacts = {
  /** AWS Backup resource type of the protected resource (RDS, S3, …) or "RDS snapshot". */
  kind: string;
  createdAt: Date;
};

/** A query that failed, so everything that depends on it is unknown, never partly known. */
export type QueryFailure = { code: StatusErrorCode; operation: string; detail: string };

export type Fetched<T> = { ok: true; value: T } | { ok: false; failure: QueryFailure };

export type ConfigFacts = {
  takenAt: Date;
  rules: Fetched<Map<string, RuleFacts>>;
  /** Results of the backup rules, each read separately so one failure affects only its target. */
  ruleResults: Map<string, Fetched<RuleResults>>;
  packs: Map<string, Fetched<PackFacts>>;
  /** Newest recovery points per backup target id. */
  recoveryPoints: Map<string, Fetched<RecoveryPointFacts | undefined>>;
};
