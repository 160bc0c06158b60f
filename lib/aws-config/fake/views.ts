// Scenario objects → the structures AWS Config returns, typed against the SDK's own output types
// (via Wire<>, so a misspelt member or a Date sent as a string fails type-checking).
import type {
  AggregateEvaluationResult,
  Compliance,
  ConfigRule,
  ConfigRuleEvaluationStatus,
  ConformancePackComplianceType,
  EvaluationResult,
} from "@aws-sdk/client-config-service";
import type { ComplianceType, FakeEvaluationResult, FakeRule, Scenario } from "./scenario";
import { type Wire, epochSeconds, fnv1a } from "./wire";

const SECOND = 1000;
const DAY = 24 * 3600 * SECOND;
/** AWS stops counting compliance contributors at 100 and sets CapExceeded. */
const CONTRIBUTOR_CAP = 100;

export type Located = { accountId?: string; region?: string };
export type Place = { accountId: string; region: string };

export function placeOf(item: Located, scenario: Scenario, fallback?: Place): Place {
  return {
    accountId: item.accountId ?? fallback?.accountId ?? scenario.accountId,
    region: item.region ?? fallback?.region ?? scenario.region,
  };
}

/** Non-aggregator operations only see the scenario's own account and region. */
export function isHome(place: Place, scenario: Scenario): boolean {
  return place.accountId === scenario.accountId && place.region === scenario.region;
}

export function ruleId(rule: FakeRule, scenario: Scenario): string {
  const { accountId, region } = placeOf(rule, scenario);
  return `config-rule-${fnv1a(`${accountId}/${region}/${rule.name}`).toString(36).padStart(7, "0").slice(0, 6)}`;
}

export function ruleArn(rule: FakeRule, scenario: Scenario): string {
  const { accountId, region } = placeOf(rule, scenario);
  return `arn:aws:config:${region}:${accountId}:config-rule/${ruleId(rule, scenario)}`;
}

export function toConfigRule(rule: FakeRule, scenario: Scenario): Wire<ConfigRule> {
  const { accountId, region } = placeOf(rule, scenario);
  const resourceTypes = [...new Set((rule.results ?? []).map((result) => result.resourceType))];
  return {
    ConfigRuleName: rule.name,
    ConfigRuleArn: ruleArn(rule, scenario),
    ConfigRuleId: ruleId(rule, scenario),
    ...(resourceTypes.length > 0 && { Scope: { ComplianceResourceTypes: resourceTypes } }),
    Source: rule.identifier
      ? { Owner: "AWS", SourceIdentifier: rule.identifier }
      : {
          Owner: "CUSTOM_LAMBDA",
          SourceIdentifier: `arn:aws:lambda:${region}:${accountId}:function:${rule.name}`,
          SourceDetails: [{ EventSource: "aws.config", MessageType: "ConfigurationItemChangeNotification" }],
        },
    // AWS always sends InputParameters, as a JSON string, "{}" when the rule takes none.
    InputParameters: JSON.stringify(rule.parameters ?? {}),
    ConfigRuleState: "ACTIVE",
    EvaluationModes: [{ Mode: "DETECTIVE" }],
  };
}

export function toCompliance(rule: FakeRule): Wire<Compliance> {
  if (rule.compliance !== "NON_COMPLIANT") return { ComplianceType: rule.compliance };
  const count = rule.nonCompliantCount ?? rule.results?.filter((result) => result.compliance === "NON_COMPLIANT").length;
  if (count === undefined) return { ComplianceType: rule.compliance };
  return {
    ComplianceType: rule.compliance,
    ComplianceContributorCount: { CappedCount: Math.min(count, CONTRIBUTOR_CAP), CapExceeded: count > CONTRIBUTOR_CAP },
  };
}

/** Conformance packs only know three states; a rule that applies to nothing has no data there. */
export function packComplianceOf(compliance: ComplianceType | undefined): ConformancePackComplianceType {
  return compliance === "COMPLIANT" || compliance === "NON_COMPLIANT" ? compliance : "INSUFFICIENT_DATA";
}

/**
 * When the rule last evaluated: `null` means never; when the scenario leaves it out, the newest
 * result's time, or `startedAt` (the responder's creation) so demo data looks fresh.
 */
export function evaluatedAt(rule: FakeRule, startedAt: Date): Date | undefined {
  if (rule.lastEvaluatedAt === null) return undefined;
  if (rule.lastEvaluatedAt) return rule.lastEvaluatedAt;
  const times = (rule.results ?? []).map((result) => result.recordedAt.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : startedAt;
}

export function toEvaluationStatus(rule: FakeRule, scenario: Scenario, startedAt: Date): Wire<ConfigRuleEvaluationStatus> {
  const evaluated = evaluatedAt(rule, startedAt);
  const earliest = Math.min(
    evaluated?.getTime() ?? startedAt.getTime(),
    ...(rule.results ?? []).map((result) => result.recordedAt.getTime()),
  );
  return {
    ConfigRuleName: rule.name,
    ConfigRuleArn: ruleArn(rule, scenario),
    ConfigRuleId: ruleId(rule, scenario),
    // Config invokes the rule a moment before the evaluation is recorded.
    ...(evaluated && {
      LastSuccessfulInvocationTime: epochSeconds(new Date(evaluated.getTime() - 2 * SECOND)),
      LastSuccessfulEvaluationTime: epochSeconds(evaluated),
    }),
    ...(rule.lastErrorCode !== undefined && {
      LastFailedInvocationTime: epochSeconds(startedAt),
      LastErrorCode: rule.lastErrorCode,
    }),
    ...(rule.lastErrorMessage !== undefined && { LastErrorMessage: rule.lastErrorMessage }),
    FirstActivatedTime: epochSeconds(new Date(earliest - 30 * DAY)),
    FirstEvaluationStarted: evaluated !== undefined,
  };
}

export function toEvaluationResult(rule: FakeRule, result: FakeEvaluationResult): Wire<EvaluationResult> {
  const recorded = result.recordedAt.getTime();
  return {
    EvaluationResultIdentifier: {
      EvaluationResultQualifier: {
        ConfigRuleName: rule.name,
        ResourceType: result.resourceType,
        ResourceId: result.resourceId,
        EvaluationMode: "DETECTIVE",
      },
      // The configuration item's capture time, which precedes the evaluation (as in AWS's samples).
      OrderingTimestamp: epochSeconds(new Date(recorded - 10 * SECOND)),
    },
    ComplianceType: result.compliance,
    ResultRecordedTime: epochSeconds(result.recordedAt),
    ConfigRuleInvokedTime: epochSeconds(new Date(recorded - 2 * SECOND)),
    ...(result.annotation !== undefined && { Annotation: result.annotation }),
  };
}

export function toAggregateEvaluationResult(rule: FakeRule, result: FakeEvaluationResult, place: Place): Wire<AggregateEvaluationResult> {
  const { EvaluationResultIdentifier, ComplianceType, ResultRecordedTime, ConfigRuleInvokedTime, Annotation } = toEvaluationResult(rule, result);
  return {
    EvaluationResultIdentifier,
    ComplianceType,
    ResultRecordedTime,
    ConfigRuleInvokedTime,
    ...(Annotation !== undefined && { Annotation }),
    AccountId: place.accountId,
    AwsRegion: place.region,
  };
}
