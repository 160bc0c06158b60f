// Handlers for the account-level (non-aggregator) operations. Each takes the parsed request and
// returns the response body in wire form, or throws a FakeServiceError.
import type {
  DescribeComplianceByConfigRuleResponse,
  DescribeConfigRuleEvaluationStatusResponse,
  DescribeConfigRulesResponse,
  DescribeConformancePackComplianceResponse,
  GetComplianceDetailsByConfigRuleResponse,
  ListConformancePackComplianceScoresResponse,
  SelectResourceConfigResponse,
} from "@aws-sdk/client-config-service";
import type { FakeConformancePack, FakeRule, Operation, Scenario } from "./scenario";
import { type Input, optionalRecord, optionalString, optionalStringArray, requiredString } from "./input";
import { paginate } from "./pagination";
import { parseSelect, runSelect } from "./select";
import {
  evaluatedAt,
  isHome,
  packComplianceOf,
  placeOf,
  toCompliance,
  toConfigRule,
  toEvaluationResult,
  toEvaluationStatus,
} from "./views";
import { FakeServiceError, type Wire, epochSeconds } from "./wire";

export type OperationContext = { scenario: Scenario; operation: Operation; startedAt: Date };
export type OperationHandler = (context: OperationContext, input: Input) => unknown;

function noSuchRule(name: string): FakeServiceError {
  return new FakeServiceError(
    "NoSuchConfigRuleException",
    `The ConfigRule '${name}' provided in the request is invalid. Please check the configRule name`,
  );
}

function homeRules(scenario: Scenario): FakeRule[] {
  return scenario.rules.filter((rule) => isHome(placeOf(rule, scenario), scenario));
}

/** The named rules in request order (AWS fails the whole call on the first unknown name), else all. */
function selectRules(scenario: Scenario, names: string[] | undefined, maxNames = 25): FakeRule[] {
  const rules = homeRules(scenario);
  if (!names || names.length === 0) return rules;
  if (names.length > maxNames) {
    throw new FakeServiceError(
      "ValidationException",
      `1 validation error detected: Value at 'configRuleNames' failed to satisfy constraint: Member must have length less than or equal to ${maxNames}`,
    );
  }
  return names.map((name) => {
    const rule = rules.find((candidate) => candidate.name === name);
    if (!rule) throw noSuchRule(name);
    return rule;
  });
}

const describeConfigRules: OperationHandler = ({ scenario, operation }, input): Wire<DescribeConfigRulesResponse> => {
  const rules = selectRules(scenario, optionalStringArray(input, "ConfigRuleNames"));
  const page = paginate(operation, input, scenario, rules);
  return { ConfigRules: page.items.map((rule) => toConfigRule(rule, scenario)), NextToken: page.nextToken };
};

const describeComplianceByConfigRule: OperationHandler = ({ scenario, operation }, input): Wire<DescribeComplianceByConfigRuleResponse> => {
  const types = optionalStringArray(input, "ComplianceTypes");
  const rules = selectRules(scenario, optionalStringArray(input, "ConfigRuleNames")).filter(
    (rule) => !types || types.length === 0 || types.includes(rule.compliance),
  );
  const page = paginate(operation, input, scenario, rules);
  return {
    ComplianceByConfigRules: page.items.map((rule) => ({ ConfigRuleName: rule.name, Compliance: toCompliance(rule) })),
    NextToken: page.nextToken,
  };
};

const describeConfigRuleEvaluationStatus: OperationHandler = ({ scenario, operation, startedAt }, input): Wire<DescribeConfigRuleEvaluationStatusResponse> => {
  // This API takes up to 1000 names where its siblings take 25.
  const rules = selectRules(scenario, optionalStringArray(input, "ConfigRuleNames"), 1000);
  const page = paginate(operation, input, scenario, rules);
  return {
    ConfigRulesEvaluationStatus: page.items.map((rule) => toEvaluationStatus(rule, scenario, startedAt)),
    NextToken: page.nextToken,
  };
};

const getComplianceDetailsByConfigRule: OperationHandler = ({ scenario, operation }, input): Wire<GetComplianceDetailsByConfigRuleResponse> => {
  const name = requiredString(input, "ConfigRuleName");
  const types = optionalStringArray(input, "ComplianceTypes");
  if (types?.includes("INSUFFICIENT_DATA")) {
    throw new FakeServiceError("InvalidParameterValueException", "INSUFFICIENT_DATA cannot be used as a ComplianceType for filtering results.");
  }
  const [rule] = selectRules(scenario, [name]);
  if (!rule) throw noSuchRule(name);
  const rulePlace = placeOf(rule, scenario);
  const results = (rule.results ?? []).filter(
    (result) => isHome(placeOf(result, scenario, rulePlace), scenario) && (!types || types.length === 0 || types.includes(result.compliance)),
  );
  const page = paginate(operation, input, scenario, results);
  return { EvaluationResults: page.items.map((result) => toEvaluationResult(rule, result)), NextToken: page.nextToken };
};

const selectResourceConfig: OperationHandler = ({ scenario, operation }, input): Wire<SelectResourceConfigResponse> => {
  const query = parseSelect(requiredString(input, "Expression"));
  const items = scenario.resources.filter((item) => isHome(placeOf(item, scenario), scenario));
  const page = paginate(operation, input, scenario, runSelect(query, items, scenario));
  return { Results: page.items, QueryInfo: { SelectFields: query.fields.map((Name) => ({ Name })) }, NextToken: page.nextToken };
};

export function findPack(scenario: Scenario, name: string): FakeConformancePack {
  const pack = scenario.conformancePacks?.find((candidate) => candidate.name === name);
  if (!pack) {
    throw new FakeServiceError("NoSuchConformancePackException", `Conformance pack '${name}' does not exist. Check the conformance pack name and try again.`);
  }
  return pack;
}

const describeConformancePackCompliance: OperationHandler = ({ scenario, operation }, input): Wire<DescribeConformancePackComplianceResponse> => {
  const pack = findPack(scenario, requiredString(input, "ConformancePackName"));
  const filters = optionalRecord(input, "Filters");
  const names = optionalStringArray(filters, "ConfigRuleNames");
  const type = optionalString(filters, "ComplianceType");
  const missing = names?.find((name) => !pack.rules.includes(name));
  if (missing !== undefined) {
    throw new FakeServiceError("NoSuchConfigRuleInConformancePackException", `Config rule '${missing}' is not part of conformance pack '${pack.name}'.`);
  }
  const rows = pack.rules
    .filter((name) => !names || names.length === 0 || names.includes(name))
    .map((name) => ({
      ConfigRuleName: name,
      ComplianceType: packComplianceOf(scenario.rules.find((rule) => rule.name === name)?.compliance),
      Controls: [],
    }))
    .filter((row) => type === undefined || row.ComplianceType === type);
  const page = paginate(operation, input, scenario, rows);
  return { ConformancePackName: pack.name, ConformancePackRuleComplianceList: page.items, NextToken: page.nextToken };
};

/** AWS's score is the compliant share of evaluated rules; "INSUFFICIENT_DATA" when none evaluated. */
function packScore(pack: FakeConformancePack, scenario: Scenario): string {
  if (pack.score !== undefined) return pack.score;
  const states = pack.rules.map((name) => packComplianceOf(scenario.rules.find((rule) => rule.name === name)?.compliance));
  const evaluated = states.filter((state) => state !== "INSUFFICIENT_DATA");
  if (evaluated.length === 0) return "INSUFFICIENT_DATA";
  return String(Math.round((evaluated.filter((state) => state === "COMPLIANT").length / evaluated.length) * 1000) / 10);
}

function packUpdatedAt(pack: FakeConformancePack, scenario: Scenario, startedAt: Date): Date {
  const times = pack.rules
    .map((name) => scenario.rules.find((rule) => rule.name === name))
    .map((rule) => (rule ? evaluatedAt(rule, startedAt)?.getTime() : undefined))
    .filter((time): time is number => time !== undefined);
  return times.length > 0 ? new Date(Math.max(...times)) : startedAt;
}

const listConformancePackComplianceScores: OperationHandler = ({ scenario, operation, startedAt }, input): Wire<ListConformancePackComplianceScoresResponse> => {
  const names = optionalStringArray(optionalRecord(input, "Filters"), "ConformancePackNames");
  const sortBy = optionalString(input, "SortBy");
  const descending = optionalString(input, "SortOrder") === "DESCENDING";
  const scores = (scenario.conformancePacks ?? [])
    .filter((pack) => !names || names.length === 0 || names.includes(pack.name))
    .map((pack) => ({
      ConformancePackName: pack.name,
      Score: packScore(pack, scenario),
      LastUpdatedTime: epochSeconds(packUpdatedAt(pack, scenario, startedAt)),
    }));
  const key = (score: { ConformancePackName: string; Score: string }) => (sortBy === "SCORE" ? Number(score.Score) || 0 : score.ConformancePackName);
  scores.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1);
  });
  const page = paginate(operation, input, scenario, scores);
  return { ConformancePackComplianceScores: page.items, NextToken: page.nextToken };
};

export const accountOperations = {
  DescribeConfigRules: describeConfigRules,
  DescribeComplianceByConfigRule: describeComplianceByConfigRule,
  DescribeConfigRuleEvaluationStatus: describeConfigRuleEvaluationStatus,
  GetComplianceDetailsByConfigRule: getComplianceDetailsByConfigRule,
  SelectResourceConfig: selectResourceConfig,
  DescribeConformancePackCompliance: describeConformancePackCompliance,
  ListConformancePackComplianceScores: listConformancePackComplianceScores,
} satisfies Partial<Record<Operation, OperationHandler>>;
