// An AWS Config account as the local server serves it: for each operation, the full (unpaged,
// unfiltered) response body AWS would send, exactly in AWS's shapes: the SDK's output types for
// the API, the official resource property lists for the `configuration` of each configuration
// item. The server only filters and pages these bodies; it never invents a field. Accounts are
// JSON files in accounts/, with times as templates relative to now (lib/aws-config/recording/template.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderTemplates } from "@/lib/aws-config/recording/template";

export type Json = Record<string, unknown>;

export type Operation =
  | "DescribeConfigRules"
  | "DescribeComplianceByConfigRule"
  | "DescribeConfigRuleEvaluationStatus"
  | "GetComplianceDetailsByConfigRule"
  | "SelectResourceConfig"
  | "DescribeConformancePackCompliance"
  | "ListConformancePackComplianceScores"
  | "DescribeConfigurationRecorders"
  | "DescribeConfigurationRecorderStatus"
  | "DescribeAggregateComplianceByConfigRules"
  | "GetAggregateComplianceDetailsByConfigRule"
  | "SelectAggregateResourceConfig"
  | "DescribeAggregateComplianceByConformancePacks"
  | "DescribeConfigurationAggregatorSourcesStatus";

/** Full response bodies, one per operation; list members hold every item. */
export type AccountResponses = {
  DescribeConfigRules: { ConfigRules: Json[] };
  DescribeComplianceByConfigRule: { ComplianceByConfigRules: Json[] };
  DescribeConfigRuleEvaluationStatus: { ConfigRulesEvaluationStatus: Json[] };
  GetComplianceDetailsByConfigRule: { EvaluationResults: Json[] };
  /** The configuration items advanced queries run over (BatchGetResourceConfig's shape), every account. */
  BatchGetResourceConfig: { baseConfigurationItems: Json[] };
  DescribeConfigurationRecorders: { ConfigurationRecorders: Json[] };
  DescribeConfigurationRecorderStatus: { ConfigurationRecordersStatus: Json[] };
  /** One body per conformance pack. */
  DescribeConformancePackCompliance: Json[];
  ListConformancePackComplianceScores: { ConformancePackComplianceScores: Json[] };
  DescribeAggregateComplianceByConfigRules: { AggregateComplianceByConfigRules: Json[] };
  GetAggregateComplianceDetailsByConfigRule: { AggregateEvaluationResults: Json[] };
  DescribeAggregateComplianceByConformancePacks: { AggregateComplianceByConformancePacks: Json[] };
  DescribeConfigurationAggregatorSourcesStatus: { AggregatedSourceStatusList: Json[] };
};

export type Account = {
  accountId: string;
  region: string;
  /** Names of configuration aggregators that exist; others get NoSuchConfigurationAggregatorException. */
  aggregators: string[];
  responses: AccountResponses;
};

export const ACCOUNTS_DIR = path.join(import.meta.dirname, "accounts");

/** Reads accounts/<name>.json with its time templates rendered at `now`; a fresh copy each call, free to edit. */
export function loadAccount(name: "demo" | "paging", now = Date.now()): Account {
  const text = readFileSync(path.join(ACCOUNTS_DIR, `${name}.json`), "utf8");
  return JSON.parse(renderTemplates(text, now)) as Account;
}

export function text(item: Json | undefined, key: string): string | undefined {
  const value = item?.[key];
  return typeof value === "string" ? value : undefined;
}

/** The rule an evaluation result belongs to. */
export function qualifier(result: Json): Json {
  const identifier = result.EvaluationResultIdentifier as Json | undefined;
  return (identifier?.EvaluationResultQualifier as Json | undefined) ?? {};
}
