// Handlers for the configuration-aggregator operations: the same scenario seen across every account
// and region, each row tagged with its AccountId/AwsRegion.
import type {
  DescribeAggregateComplianceByConfigRulesResponse,
  DescribeAggregateComplianceByConformancePacksResponse,
  GetAggregateComplianceDetailsByConfigRuleResponse,
  SelectAggregateResourceConfigResponse,
} from "@aws-sdk/client-config-service";
import type { Operation, Scenario } from "./scenario";
import { type Input, optionalRecord, optionalString, requiredString } from "./input";
import type { OperationHandler } from "./operations";
import { paginate } from "./pagination";
import { parseSelect, runSelect } from "./select";
import { packComplianceOf, placeOf, toAggregateEvaluationResult, toCompliance } from "./views";
import { FakeServiceError, type Wire } from "./wire";

function requireAggregator(scenario: Scenario, input: Input): void {
  const name = requiredString(input, "ConfigurationAggregatorName");
  if (!(scenario.aggregators ?? []).includes(name)) {
    throw new FakeServiceError(
      "NoSuchConfigurationAggregatorException",
      "The configuration aggregator does not exist. Check the configuration aggregator name and try again.",
    );
  }
}

/** Filter members are optional: an absent one matches everything. */
const matches = (wanted: string | undefined, actual: string) => wanted === undefined || wanted === actual;

const describeAggregateComplianceByConfigRules: OperationHandler = ({ scenario, operation }, input): Wire<DescribeAggregateComplianceByConfigRulesResponse> => {
  requireAggregator(scenario, input);
  const filters = optionalRecord(input, "Filters");
  const rows = scenario.rules
    .map((rule) => ({ rule, place: placeOf(rule, scenario) }))
    .filter(
      ({ rule, place }) =>
        matches(optionalString(filters, "ConfigRuleName"), rule.name) &&
        matches(optionalString(filters, "ComplianceType"), rule.compliance) &&
        matches(optionalString(filters, "AccountId"), place.accountId) &&
        matches(optionalString(filters, "AwsRegion"), place.region),
    )
    .map(({ rule, place }) => ({
      ConfigRuleName: rule.name,
      Compliance: toCompliance(rule),
      AccountId: place.accountId,
      AwsRegion: place.region,
    }));
  const page = paginate(operation, input, scenario, rows);
  return { AggregateComplianceByConfigRules: page.items, NextToken: page.nextToken };
};

const getAggregateComplianceDetailsByConfigRule: OperationHandler = ({ scenario, operation }, input): Wire<GetAggregateComplianceDetailsByConfigRuleResponse> => {
  requireAggregator(scenario, input);
  const name = requiredString(input, "ConfigRuleName");
  const accountId = requiredString(input, "AccountId");
  const region = requiredString(input, "AwsRegion");
  const type = optionalString(input, "ComplianceType");
  // A result may name its own account/region (an organisation rule); otherwise it is the rule's.
  // An unknown rule is simply an empty page: this API models no NoSuchConfigRuleException.
  const results = scenario.rules
    .filter((rule) => rule.name === name)
    .flatMap((rule) => (rule.results ?? []).map((result) => ({ rule, result, place: placeOf(result, scenario, placeOf(rule, scenario)) })))
    .filter(({ result, place }) => place.accountId === accountId && place.region === region && matches(type, result.compliance));
  const page = paginate(operation, input, scenario, results);
  return {
    AggregateEvaluationResults: page.items.map(({ rule, result, place }) => toAggregateEvaluationResult(rule, result, place)),
    NextToken: page.nextToken,
  };
};

const selectAggregateResourceConfig: OperationHandler = ({ scenario, operation }, input): Wire<SelectAggregateResourceConfigResponse> => {
  requireAggregator(scenario, input);
  const query = parseSelect(requiredString(input, "Expression"));
  const page = paginate(operation, input, scenario, runSelect(query, scenario.resources, scenario));
  return { Results: page.items, QueryInfo: { SelectFields: query.fields.map((Name) => ({ Name })) }, NextToken: page.nextToken };
};

const describeAggregateComplianceByConformancePacks: OperationHandler = ({ scenario, operation }, input): Wire<DescribeAggregateComplianceByConformancePacksResponse> => {
  requireAggregator(scenario, input);
  const filters = optionalRecord(input, "Filters");
  // Conformance packs carry no account/region in the scenario: they live in the home account.
  const home = placeOf({}, scenario);
  const inHome = matches(optionalString(filters, "AccountId"), home.accountId) && matches(optionalString(filters, "AwsRegion"), home.region);
  const rows = (scenario.conformancePacks ?? [])
    .filter(
      (pack) =>
        inHome &&
        matches(optionalString(filters, "ConformancePackName"), pack.name) &&
        matches(optionalString(filters, "ComplianceType"), pack.compliance),
    )
    .map((pack) => {
      const states = pack.rules.map((ruleName) => packComplianceOf(scenario.rules.find((rule) => rule.name === ruleName)?.compliance));
      return {
        ConformancePackName: pack.name,
        Compliance: {
          ComplianceType: pack.compliance,
          CompliantRuleCount: states.filter((state) => state === "COMPLIANT").length,
          NonCompliantRuleCount: states.filter((state) => state === "NON_COMPLIANT").length,
          TotalRuleCount: states.length,
        },
        AccountId: home.accountId,
        AwsRegion: home.region,
      };
    });
  const page = paginate(operation, input, scenario, rows);
  return { AggregateComplianceByConformancePacks: page.items, NextToken: page.nextToken };
};

export const aggregatorOperations = {
  DescribeAggregateComplianceByConfigRules: describeAggregateComplianceByConfigRules,
  GetAggregateComplianceDetailsByConfigRule: getAggregateComplianceDetailsByConfigRule,
  SelectAggregateResourceConfig: selectAggregateResourceConfig,
  DescribeAggregateComplianceByConformancePacks: describeAggregateComplianceByConformancePacks,
} satisfies Partial<Record<Operation, OperationHandler>>;
