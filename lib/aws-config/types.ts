// What the provider layer takes and hands back. Our own shapes, not AWS's: every account id,
// ARN, resource id and annotation is dropped at the boundary (reshape-*.ts). lib/status builds on
// these types; nothing here knows about lib/status.

/** Why a question to AWS Config got no usable answer. */
export type SourceErrorCode =
  "throttled" | "denied" | "timeout" | "unreachable" | "server" | "malformed" | "not_found" | "incomplete" | "invalid";

/** How to reach AWS Config. */
export type SourceSettings = {
  region: string;
  /** A configuration aggregator: read the organisation's view instead of one account's. */
  aggregator: string | undefined;
  /** Per request, ms. */
  requestTimeout: number;
  maxAttempts: number;
};

/** What to ask: rule names, conformance packs and, per backup target, where recovery points are recorded. */
export type FactsRequest = {
  rules: string[];
  /** Rules whose per-resource results are read too (the backup rules). */
  backupRules: string[];
  packs: string[];
  recoveryPoints: { id: string; backupResourceTypes: string[]; rdsSnapshots: boolean }[];
};

export type RuleCompliance = "COMPLIANT" | "NON_COMPLIANT" | "NOT_APPLICABLE" | "INSUFFICIENT_DATA";

export type RuleFacts = {
  name: string;
  /** Managed rule identifier, such as RDS_LAST_BACKUP_RECOVERY_POINT_CREATED; undefined for custom rules. */
  identifier: string | undefined;
  parameters: Record<string, string>;
  compliance: RuleCompliance | undefined;
  /** When the rule last evaluated successfully; in aggregator mode, the oldest result recorded. */
  evaluatedAt: Date | undefined;
  lastError: string | undefined;
  /** False when the rule only runs proactively (on templates before deployment), so judges no deployed resource. */
  detective: boolean;
};

/** Per-resource results of a rule (detective evaluations only): how many it checked, and the oldest recording. */
export type RuleResults = { compliant: number; nonCompliant: number; oldestRecordedAt: Date | undefined };

export type PackFacts = {
  name: string;
  compliance: RuleCompliance | undefined;
  score: number | undefined;
  rules: string[];
};

export type RecoveryPointFacts = {
  /** AWS Backup resource type of the protected resource (RDS, S3, …) or "RDS snapshot". */
  kind: string;
  createdAt: Date;
};

/** What one resource type held for a backup target: the newest usable recovery point, and how many were read. */
export type RecoveryTypeFacts = { resourceType: string; read: number; newest: RecoveryPointFacts | undefined };

export type TargetRecoveryPoints = { types: RecoveryTypeFacts[]; newest: RecoveryPointFacts | undefined };

/** Whether AWS Config records a resource type now (across every account and region of an aggregator). */
export type RecordingState = "recorded" | "daily" | "not_recorded" | "stopped" | "failing" | "no_recorder" | "unknown";

export type RecorderFacts = {
  /** Recorders seen (per account and region with an aggregator); service-linked recorders excluded. */
  recorders: number;
  /** Per resource type asked about; `gaps`: how many recorders (accounts and regions) do not record it. */
  coverage: { resourceType: string; state: RecordingState; gaps: number }[];
};

export type AggregatorFacts = { sources: number; failed: number; outdated: number; errors: string[] };

/** A query that failed, so everything that depends on it is unknown, never partly known. */
export type QueryFailure = { code: SourceErrorCode; operation: string; detail: string };

export type Fetched<T> = { ok: true; value: T } | { ok: false; failure: QueryFailure };

export type ConfigFacts = {
  takenAt: Date;
  rules: Fetched<Map<string, RuleFacts>>;
  /** Results of the backup rules, each read separately so one failure affects only its target. */
  ruleResults: Map<string, Fetched<RuleResults>>;
  packs: Map<string, Fetched<PackFacts>>;
  /** Recovery points per backup target id. */
  recoveryPoints: Map<string, Fetched<TargetRecoveryPoints>>;
  recorder: Fetched<RecorderFacts>;
  /** Only with an aggregator: whether every source account and region reports in. */
  aggregator: Fetched<AggregatorFacts> | undefined;
};
