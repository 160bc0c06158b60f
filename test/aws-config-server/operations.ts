// Handlers for the account-level (non-aggregator) operations. Each takes the parsed request and
// returns the response body, filtered and paged from the account's full bodies, or throws a
// FakeServiceError with the code and message AWS sends.
import { type Account, type Json, type Operation, qualifier, text } from "./account";
import { type Input, optionalRecord, optionalString, optionalStringArray, requiredString } from "./input";
import { type PageSizes, paginate } from "./pagination";
import { parseSelect, runSelect } from "./select";
import { FakeServiceError } from "./wire";

export type OperationContext = { account: Account; operation: Operation; pageSize: PageSizes };
export type OperationHandler = (context: OperationContext, input: Input) => unknown;

export function noSuchRule(name: string): FakeServiceError {
  return new FakeServiceError(
    "NoSuchConfigRuleException",
    `The ConfigRule '${name}' provided in the request is invalid. Please check the configRule name`,
  );
}

/** The named items in request order (AWS fails the whole call on the first unknown name), else all. */
export function byNames(
  items: Json[],
  key: string,
  names: string[] | undefined,
  missing: (name: string) => FakeServiceError,
  maxNames = 25,
): Json[] {
  if (!names || names.length === 0) return items;
  if (names.length > maxNames) {
    throw new FakeServiceError(
      "ValidationException",
      `1 validation error detected: Value at 'configRuleNames' failed to satisfy constraint: Member must have length less than or equal to ${maxNames}`,
    );
  }
  return names.map((name) => {
    const item = items.find((candidate) => text(candidate, key) === name);
    if (!item) throw missing(name);
    return item;
  });
}

const ruleNames = (account: Account) => account.responses.DescribeConfigRules.ConfigRules;
/** AWS checks every name against the rules that exist before it answers. */
const existingRules = (account: Account, input: Input, max = 25) =>
  byNames(ruleNames(account), "ConfigRuleName", optionalStringArray(input, "ConfigRuleNames"), noSuchRule, max).map(
    (rule) => text(rule, "ConfigRuleName"),
  );

const describeConfigRules: OperationHandler = ({ account, operation, pageSize }, input) => {
  const page = paginate(
    operation,
    input,
    byNames(ruleNames(account), "ConfigRuleName", optionalStringArray(input, "ConfigRuleNames"), noSuchRule),
    pageSize,
  );
  return { ConfigRules: page.items, NextToken: page.nextToken };
};

const describeComplianceByConfigRule: OperationHandler = ({ account, operation, pageSize }, input) => {
  const names = existingRules(account, input);
  const types = optionalStringArray(input, "ComplianceTypes");
  const rows = account.responses.DescribeComplianceByConfigRule.ComplianceByConfigRules.filter(
    (row) =>
      names.includes(text(row, "ConfigRuleName")) &&
      (!types?.length || types.includes(text(row.Compliance as Json, "ComplianceType") ?? "")),
  );
  const page = paginate(operation, input, rows, pageSize);
  return { ComplianceByConfigRules: page.items, NextToken: page.nextToken };
};

const describeConfigRuleEvaluationStatus: OperationHandler = ({ account, operation, pageSize }, input) => {
  // This API takes up to 1000 names where its siblings take 25.
  const names = existingRules(account, input, 1000);
  const rows = account.responses.DescribeConfigRuleEvaluationStatus.ConfigRulesEvaluationStatus.filter((row) =>
    names.includes(text(row, "ConfigRuleName")),
  );
  const page = paginate(operation, input, rows, pageSize);
  return { ConfigRulesEvaluationStatus: page.items, NextToken: page.nextToken };
};

const getComplianceDetailsByConfigRule: OperationHandler = ({ account, operation, pageSize }, input) => {
  const name = requiredString(input, "ConfigRuleName");
  const types = optionalStringArray(input, "ComplianceTypes");
  if (types?.includes("INSUFFICIENT_DATA")) {
    throw new FakeServiceError(
      "InvalidParameterValueException",
      "INSUFFICIENT_DATA cannot be used as a ComplianceType for filtering results.",
    );
  }
  existingRules(account, { ConfigRuleNames: [name] });
  const results = account.responses.GetComplianceDetailsByConfigRule.EvaluationResults.filter(
    (result) =>
      text(qualifier(result), "ConfigRuleName") === name &&
      (!types?.length || types.includes(text(result, "ComplianceType") ?? "")),
  );
  const page = paginate(operation, input, results, pageSize);
  return { EvaluationResults: page.items, NextToken: page.nextToken };
};

const selectResourceConfig: OperationHandler = ({ account, operation, pageSize }, input) => {
  const query = parseSelect(requiredString(input, "Expression"));
  const home = account.responses.BatchGetResourceConfig.baseConfigurationItems.filter(
    (item) => text(item, "accountId") === account.accountId && text(item, "awsRegion") === account.region,
  );
  const page = paginate(operation, input, runSelect(query, home), pageSize);
  return {
    Results: page.items,
    QueryInfo: { SelectFields: query.fields.map((Name) => ({ Name })) },
    NextToken: page.nextToken,
  };
};

export function findPack(account: Account, name: string): Json {
  const pack = account.responses.DescribeConformancePackCompliance.find(
    (body) => text(body, "ConformancePackName") === name,
  );
  if (!pack)
    throw new FakeServiceError(
      "NoSuchConformancePackException",
      `Conformance pack '${name}' does not exist. Check the conformance pack name and try again.`,
    );
  return pack;
}

const describeConformancePackCompliance: OperationHandler = ({ account, operation, pageSize }, input) => {
  const pack = findPack(account, requiredString(input, "ConformancePackName"));
  const filters = optionalRecord(input, "Filters");
  const names = optionalStringArray(filters, "ConfigRuleNames");
  const type = optionalString(filters, "ComplianceType");
  const list = (pack.ConformancePackRuleComplianceList ?? []) as Json[];
  const missing = names?.find((name) => !list.some((row) => text(row, "ConfigRuleName") === name));
  if (missing !== undefined) {
    throw new FakeServiceError(
      "NoSuchConfigRuleInConformancePackException",
      `Config rule '${missing}' is not part of conformance pack '${text(pack, "ConformancePackName")}'.`,
    );
  }
  const rows = list.filter(
    (row) =>
      (!names?.length || names.includes(text(row, "ConfigRuleName") ?? "")) &&
      (type === undefined || text(row, "ComplianceType") === type),
  );
  const page = paginate(operation, input, rows, pageSize);
  return {
    ConformancePackName: pack.ConformancePackName,
    ConformancePackRuleComplianceList: page.items,
    NextToken: page.nextToken,
  };
};

const listConformancePackComplianceScores: OperationHandler = ({ account, operation, pageSize }, input) => {
  const names = optionalStringArray(optionalRecord(input, "Filters"), "ConformancePackNames");
  const byScore = optionalString(input, "SortBy") === "SCORE";
  const descending = optionalString(input, "SortOrder") === "DESCENDING";
  const key = (score: Json) => (byScore ? Number(score.Score) || 0 : (text(score, "ConformancePackName") ?? ""));
  const scores = account.responses.ListConformancePackComplianceScores.ConformancePackComplianceScores.filter(
    (score) => !names?.length || names.includes(text(score, "ConformancePackName") ?? ""),
  ).sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1);
  });
  const page = paginate(operation, input, scores, pageSize);
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
