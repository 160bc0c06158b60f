import "server-only";
import type {
  AggregateComplianceByConfigRule,
  ComplianceByConfigRule,
  ConfigRule,
  ConfigRuleEvaluationStatus,
} from "@aws-sdk/client-config-service";
import { StatusSourceError } from "./errors";
import type { RecoveryPointFacts, RuleCompliance, RuleFacts, RuleResults } from "./types";

// AWS shapes -> our facts. Only names, states and times cross this line; account ids, ARNs,
// resource ids and annotations stay behind.

const SEVERITY: RuleCompliance[] = ["COMPLIANT", "NOT_APPLICABLE", "INSUFFICIENT_DATA", "NON_COMPLIANT"];

function worst(a: RuleCompliance | undefined, b: RuleCompliance | undefined): RuleCompliance | undefined {
  if (!a) return b;
  if (!b) return a;
  return SEVERITY.indexOf(a) >= SEVERITY.indexOf(b) ? a : b;
}

function asCompliance(value: string | undefined): RuleCompliance | undefined {
  return SEVERITY.includes(value as RuleCompliance) ? (value as RuleCompliance) : undefined;
}

export function parseParameters(json: string | undefined): Record<string, string> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object") return {};
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
  } catch {
    return {};
  }
}

function baseRule(name: string, rule: ConfigRule | undefined): RuleFacts {
  return {
    name,
    identifier: rule?.Source?.Owner === "AWS" ? rule.Source.SourceIdentifier : undefined,
    parameters: parseParameters(rule?.InputParameters),
    compliance: undefined,
    evaluatedAt: undefined,
    lastError: undefined,
  };
}

/** Rules of one account: definition, compliance and evaluation status joined by name. */
export function rulesOfAccount(names: string[], rules: ConfigRule[], compliance: ComplianceByConfigRule[], status: ConfigRuleEvaluationStatus[]): Map<string, RuleFacts> {
  const wanted = new Set(names);
  const facts = new Map<string, RuleFacts>();
  for (const rule of rules) if (rule.ConfigRuleName && wanted.has(rule.ConfigRuleName)) facts.set(rule.ConfigRuleName, baseRule(rule.ConfigRuleName, rule));
  for (const c of compliance) {
    const fact = c.ConfigRuleName ? facts.get(c.ConfigRuleName) : undefined;
    if (fact) fact.compliance = asCompliance(c.Compliance?.ComplianceType);
  }
  for (const s of status) {
    const fact = s.ConfigRuleName ? facts.get(s.ConfigRuleName) : undefined;
    if (!fact) continue;
    fact.evaluatedAt = s.LastSuccessfulEvaluationTime;
    // An error only matters if it came after the last success.
    const failedLater = s.LastFailedEvaluationTime && (!s.LastSuccessfulEvaluationTime || s.LastFailedEvaluationTime > s.LastSuccessfulEvaluationTime);
    fact.lastError = s.LastErrorCode && (failedLater || !s.LastSuccessfulEvaluationTime) ? s.LastErrorCode : undefined;
  }
  return facts;
}

/** Rules across an organisation: the worst compliance of any account and region wins. */
export function rulesOfAggregate(names: string[], rules: ConfigRule[], compliance: AggregateComplianceByConfigRule[]): Map<string, RuleFacts> {
  const wanted = new Set(names);
  const definitions = new Map(rules.map((r) => [r.ConfigRuleName, r]));
  const facts = new Map<string, RuleFacts>();
  for (const c of compliance) {
    const name = c.ConfigRuleName;
    if (!name || !wanted.has(name)) continue;
    const fact = facts.get(name) ?? baseRule(name, definitions.get(name));
    fact.compliance = worst(fact.compliance, asCompliance(c.Compliance?.ComplianceType));
    facts.set(name, fact);
  }
  return facts;
}

/** Where each rule is deployed in an organisation, to ask for its results there. */
export function deployments(compliance: AggregateComplianceByConfigRule[], rule: string): { accountId: string; region: string }[] {
  return compliance.flatMap((c) => (c.ConfigRuleName === rule && c.AccountId && c.AwsRegion ? [{ accountId: c.AccountId, region: c.AwsRegion }] : []));
}

export function countResults(results: { ComplianceType?: string; ResultRecordedTime?: Date }[]): RuleResults {
  let compliant = 0;
  let nonCompliant = 0;
  let oldest: Date | undefined;
  for (const r of results) {
    if (r.ComplianceType === "COMPLIANT") compliant++;
    if (r.ComplianceType === "NON_COMPLIANT") nonCompliant++;
    if (r.ResultRecordedTime && (!oldest || r.ResultRecordedTime < oldest)) oldest = r.ResultRecordedTime;
  }
  return { compliant, nonCompliant, oldestRecordedAt: oldest };
}

function parseRow(row: string, operation: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(row);
    if (value && typeof value === "object") return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new StatusSourceError("malformed", operation, `${operation} returned a result that is not a JSON object`);
}

function field(row: Record<string, unknown>, key: string): unknown {
  const configuration = row.configuration;
  return configuration && typeof configuration === "object" ? (configuration as Record<string, unknown>)[key] : undefined;
}

function dateOf(value: unknown): Date | undefined {
  const date = typeof value === "string" || typeof value === "number" ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** The newest completed AWS Backup recovery point of the given protected resource types. */
export function newestRecoveryPoint(rows: string[], kinds: string[], operation: string): RecoveryPointFacts | undefined {
  const wanted = new Set(kinds.map((k) => k.toLowerCase()));
  let newest: RecoveryPointFacts | undefined;
  for (const row of rows) {
    const item = parseRow(row, operation);
    const kind = String(field(item, "resourceType") ?? "");
    const status = field(item, "status");
    const createdAt = dateOf(field(item, "creationDate"));
    if (!wanted.has(kind.toLowerCase()) || (status !== undefined && status !== "COMPLETED") || !createdAt) continue;
    if (!newest || createdAt > newest.createdAt) newest = { kind, createdAt };
  }
  return newest;
}

/** The newest RDS instance or cluster snapshot. */
export function newestRdsSnapshot(rows: string[], operation: string): RecoveryPointFacts | undefined {
  let newest: RecoveryPointFacts | undefined;
  for (const row of rows) {
    const createdAt = dateOf(field(parseRow(row, operation), "snapshotCreateTime"));
    if (createdAt && (!newest || createdAt > newest.createdAt)) newest = { kind: "RDS snapshot", createdAt };
  }
  return newest;
}
