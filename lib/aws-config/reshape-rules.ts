import "server-only";
import type {
  AggregateComplianceByConfigRule,
  ComplianceByConfigRule,
  ConfigRule,
  ConfigRuleEvaluationStatus,
} from "@aws-sdk/client-config-service";
import type { RuleCompliance, RuleFacts, RuleResults } from "./types";

// AWS Config rules, their compliance and per-resource results -> our facts. Only names, states and times cross this line; account ids, ARNs,
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
    // Rules made before evaluation modes existed report none, and are detective.
    detective: !rule?.EvaluationModes?.length || rule.EvaluationModes.some((m) => m.Mode === "DETECTIVE"),
  };
}

/** Rules of one account: definition, compliance and evaluation status joined by name. */
export function rulesOfAccount(
  names: string[],
  rules: ConfigRule[],
  compliance: ComplianceByConfigRule[],
  status: ConfigRuleEvaluationStatus[],
): Map<string, RuleFacts> {
  const wanted = new Set(names);
  const facts = new Map<string, RuleFacts>();
  for (const rule of rules)
    if (rule.ConfigRuleName && wanted.has(rule.ConfigRuleName))
      facts.set(rule.ConfigRuleName, baseRule(rule.ConfigRuleName, rule));
  for (const c of compliance) {
    const fact = c.ConfigRuleName ? facts.get(c.ConfigRuleName) : undefined;
    if (fact) fact.compliance = asCompliance(c.Compliance?.ComplianceType);
  }
  for (const s of status) {
    const fact = s.ConfigRuleName ? facts.get(s.ConfigRuleName) : undefined;
    if (!fact) continue;
    fact.evaluatedAt = s.LastSuccessfulEvaluationTime;
    // An error only matters if it came after the last success.
    const failedLater =
      s.LastFailedEvaluationTime &&
      (!s.LastSuccessfulEvaluationTime || s.LastFailedEvaluationTime > s.LastSuccessfulEvaluationTime);
    fact.lastError = s.LastErrorCode && (failedLater || !s.LastSuccessfulEvaluationTime) ? s.LastErrorCode : undefined;
  }
  return facts;
}

/** Rules across an organisation: the worst compliance of any account and region wins. */
export function rulesOfAggregate(
  names: string[],
  rules: ConfigRule[],
  compliance: AggregateComplianceByConfigRule[],
): Map<string, RuleFacts> {
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
export function deployments(
  compliance: AggregateComplianceByConfigRule[],
  rule: string,
): { accountId: string; region: string }[] {
  return compliance.flatMap((c) =>
    c.ConfigRuleName === rule && c.AccountId && c.AwsRegion ? [{ accountId: c.AccountId, region: c.AwsRegion }] : [],
  );
}

type Result = {
  ComplianceType?: string;
  ResultRecordedTime?: Date;
  EvaluationResultIdentifier?: { EvaluationResultQualifier?: { EvaluationMode?: string } };
};

/**
 * Counts detective results only: a PROACTIVE result judged a resource template before it was
 * deployed, so it is never evidence about a deployed resource.
 */
export function countResults(results: Result[]): RuleResults {
  let compliant = 0;
  let nonCompliant = 0;
  let oldest: Date | undefined;
  for (const r of results) {
    if (r.EvaluationResultIdentifier?.EvaluationResultQualifier?.EvaluationMode === "PROACTIVE") continue;
    if (r.ComplianceType === "COMPLIANT") compliant++;
    if (r.ComplianceType === "NON_COMPLIANT") nonCompliant++;
    if (r.ResultRecordedTime && (!oldest || r.ResultRecordedTime < oldest)) oldest = r.ResultRecordedTime;
  }
  return { compliant, nonCompliant, oldestRecordedAt: oldest };
}
