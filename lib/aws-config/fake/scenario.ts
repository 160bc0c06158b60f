// A described AWS Config account, served over the AWS Config JSON 1.1 protocol by the local
// endpoint (tests, benchmarks) and by the in-process request handler (the demo source).
export type ComplianceType = "COMPLIANT" | "NON_COMPLIANT" | "NOT_APPLICABLE" | "INSUFFICIENT_DATA";

export type FakeEvaluationResult = {
  resourceType: string;
  resourceId: string;
  compliance: ComplianceType;
  recordedAt: Date;
  annotation?: string;
  accountId?: string;
  region?: string;
};

export type FakeRule = {
  name: string;
  /** Managed rule identifier, e.g. "INCOMING_SSH_DISABLED"; omitted for custom rules. */
  identifier?: string;
  /** Rule parameters (serialised by AWS as the InputParameters JSON string). */
  parameters?: Record<string, string>;
  /** Rule-level compliance reported by DescribeComplianceByConfigRule. */
  compliance: ComplianceType;
  /** Non-compliant resource count shown in ComplianceContributorCount. */
  nonCompliantCount?: number;
  /** LastSuccessfulEvaluationTime; null = never evaluated. */
  lastEvaluatedAt?: Date | null;
  lastErrorCode?: string;
  lastErrorMessage?: string;
  /** Per-resource results for GetComplianceDetailsByConfigRule. */
  results?: FakeEvaluationResult[];
  accountId?: string;
  region?: string;
};

export type FakeConfigurationItem = {
  resourceType: string;
  resourceId: string;
  resourceName?: string;
  accountId?: string;
  region?: string;
  arn?: string;
  configuration: Record<string, unknown>;
};

export type FakeConformancePack = {
  name: string;
  /** Names of rules (from `rules`) that belong to the pack. */
  rules: string[];
  /** ListConformancePackComplianceScores score, 0–100 as a string like AWS sends ("87.5"). */
  score?: string;
  compliance: "COMPLIANT" | "NON_COMPLIANT" | "INSUFFICIENT_DATA";
};

export type Operation =
  | "DescribeConfigRules"
  | "DescribeComplianceByConfigRule"
  | "DescribeConfigRuleEvaluationStatus"
  | "GetComplianceDetailsByConfigRule"
  | "SelectResourceConfig"
  | "DescribeConformancePackCompliance"
  | "ListConformancePackComplianceScores"
  | "DescribeAggregateComplianceByConfigRules"
  | "GetAggregateComplianceDetailsByConfigRule"
  | "SelectAggregateResourceConfig"
  | "DescribeAggregateComplianceByConformancePacks";

export type Fault =
  /** The first `times` matching calls (all when omitted) get ThrottlingException (HTTP 400). */
  | { kind: "throttle"; operation?: Operation; times?: number }
  /** A token bucket over all calls: beyond `perSecond` requests a second, ThrottlingException. */
  | { kind: "rate-limit"; perSecond: number }
  /** HTTP 500/503 with an InternalFailure/ServiceUnavailable body. */
  | { kind: "server-error"; operation?: Operation; times?: number; status?: 500 | 503 }
  /** The request is accepted and never answered. */
  | { kind: "hang"; operation?: Operation }
  /** HTTP 200 with a body that is not JSON. */
  | { kind: "malformed"; operation?: Operation }
  /** AccessDeniedException (HTTP 400) for this operation. */
  | { kind: "denied"; operation: Operation }
  /** Page `page` (1-based) of this operation fails with HTTP `status` (default 500) every time. */
  | { kind: "fail-page"; operation: Operation; page: number; status?: number };

export type Scenario = {
  accountId: string;
  region: string;
  rules: FakeRule[];
  resources: FakeConfigurationItem[];
  conformancePacks?: FakeConformancePack[];
  /** Names of configuration aggregators that exist; others get NoSuchConfigurationAggregatorException. */
  aggregators?: string[];
  /** Page sizes per operation when the request sets no (or a larger) Limit; AWS defaults otherwise. */
  pageSize?: Partial<Record<Operation, number>>;
  faults?: Fault[];
};
