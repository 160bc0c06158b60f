// Handlers for the configuration-aggregator operations: the account's aggregate bodies, every row
// tagged with its AccountId/AwsRegion, filtered as the request asks.
import { type Account, type Json, type Operation, qualifier, text } from "./account";
import { type Input, optionalRecord, optionalString, optionalStringArray, requiredString } from "./input";
import type { OperationHandler } from "./operations";
import { paginate } from "./pagination";
import { parseSelect, runSelect } from "./select";
import { FakeServiceError } from "./wire";

export function requireAggregator(account: Account, input: Input): void {
  const name = requiredString(input, "ConfigurationAggregatorName");
  if (!account.aggregators.includes(name)) {
    throw new FakeServiceError(
      "NoSuchConfigurationAggregatorException",
      "The configuration aggregator does not exist. Check the configuration aggregator name and try again.",
    );
  }
}

/** Filter members are optional: an absent one matches everything. */
const matches = (wanted: string | undefined, actual: string | undefined) => wanted === undefined || wanted === actual;
const complianceType = (row: Json) => text(row.Compliance as Json | undefined, "ComplianceType");

const describeAggregateComplianceByConfigRules: OperationHandler = ({ account, operation, pageSize }, input) => {
  requireAggregator(account, input);
  const filters = optionalRecord(input, "Filters");
  const rows = account.responses.DescribeAggregateComplianceByConfigRules.AggregateComplianceByConfigRules.filter(
    (row) =>
      matches(optionalString(filters, "ConfigRuleName"), text(row, "ConfigRuleName")) &&
      matches(optionalString(filters, "ComplianceType"), complianceType(row)) &&
      matches(optionalString(filters, "AccountId"), text(row, "AccountId")) &&
      matches(optionalString(filters, "AwsRegion"), text(row, "AwsRegion")),
  );
  const page = paginate(operation, input, rows, pageSize);
  return { AggregateComplianceByConfigRules: page.items, NextToken: page.nextToken };
};

const getAggregateComplianceDetailsByConfigRule: OperationHandler = ({ account, operation, pageSize }, input) => {
  requireAggregator(account, input);
  const name = requiredString(input, "ConfigRuleName");
  const accountId = requiredString(input, "AccountId");
  const region = requiredString(input, "AwsRegion");
  const type = optionalString(input, "ComplianceType");
  // An unknown rule is simply an empty page: this API models no NoSuchConfigRuleException.
  const results = account.responses.GetAggregateComplianceDetailsByConfigRule.AggregateEvaluationResults.filter(
    (result) =>
      text(qualifier(result), "ConfigRuleName") === name &&
      text(result, "AccountId") === accountId &&
      text(result, "AwsRegion") === region &&
      matches(type, text(result, "ComplianceType")),
  );
  const page = paginate(operation, input, results, pageSize);
  return { AggregateEvaluationResults: page.items, NextToken: page.nextToken };
};

const selectAggregateResourceConfig: OperationHandler = ({ account, operation, pageSize }, input) => {
  requireAggregator(account, input);
  const query = parseSelect(requiredString(input, "Expression"));
  const page = paginate(
    operation,
    input,
    runSelect(query, account.responses.BatchGetResourceConfig.baseConfigurationItems),
    pageSize,
  );
  return {
    Results: page.items,
    QueryInfo: { SelectFields: query.fields.map((Name) => ({ Name })) },
    NextToken: page.nextToken,
  };
};

const describeAggregateComplianceByConformancePacks: OperationHandler = ({ account, operation, pageSize }, input) => {
  requireAggregator(account, input);
  const filters = optionalRecord(input, "Filters");
  const rows =
    account.responses.DescribeAggregateComplianceByConformancePacks.AggregateComplianceByConformancePacks.filter(
      (row) =>
        matches(optionalString(filters, "ConformancePackName"), text(row, "ConformancePackName")) &&
        matches(optionalString(filters, "ComplianceType"), complianceType(row)) &&
        matches(optionalString(filters, "AccountId"), text(row, "AccountId")) &&
        matches(optionalString(filters, "AwsRegion"), text(row, "AwsRegion")),
    );
  const page = paginate(operation, input, rows, pageSize);
  return { AggregateComplianceByConformancePacks: page.items, NextToken: page.nextToken };
};

const describeConfigurationAggregatorSourcesStatus: OperationHandler = ({ account, operation, pageSize }, input) => {
  requireAggregator(account, input);
  const statuses = optionalStringArray(input, "UpdateStatus");
  const rows = account.responses.DescribeConfigurationAggregatorSourcesStatus.AggregatedSourceStatusList.filter(
    (row) => !statuses?.length || statuses.includes(text(row, "LastUpdateStatus") ?? ""),
  );
  const page = paginate(operation, input, rows, pageSize);
  return { AggregatedSourceStatusList: page.items, NextToken: page.nextToken };
};

export const aggregatorOperations = {
  DescribeAggregateComplianceByConfigRules: describeAggregateComplianceByConfigRules,
  GetAggregateComplianceDetailsByConfigRule: getAggregateComplianceDetailsByConfigRule,
  SelectAggregateResourceConfig: selectAggregateResourceConfig,
  DescribeAggregateComplianceByConformancePacks: describeAggregateComplianceByConformancePacks,
  DescribeConfigurationAggregatorSourcesStatus: describeConfigurationAggregatorSourcesStatus,
} satisfies Partial<Record<Operation, OperationHandler>>;
