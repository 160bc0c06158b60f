// Changes to an account for one test, made on its AWS-shaped bodies (a fresh copy from loadAccount).
import { type Account, type Json, qualifier, text } from "./account";

const named = (name: string) => (item: Json) => text(item, "ConfigRuleName") !== name;

/** The rule no longer exists anywhere in the account. */
export function withoutRule(account: Account, name: string): Account {
  const r = account.responses;
  r.DescribeConfigRules.ConfigRules = r.DescribeConfigRules.ConfigRules.filter(named(name));
  r.DescribeComplianceByConfigRule.ComplianceByConfigRules =
    r.DescribeComplianceByConfigRule.ComplianceByConfigRules.filter(named(name));
  r.DescribeConfigRuleEvaluationStatus.ConfigRulesEvaluationStatus =
    r.DescribeConfigRuleEvaluationStatus.ConfigRulesEvaluationStatus.filter(named(name));
  r.GetComplianceDetailsByConfigRule.EvaluationResults = r.GetComplianceDetailsByConfigRule.EvaluationResults.filter(
    (e) => text(qualifier(e), "ConfigRuleName") !== name,
  );
  r.DescribeAggregateComplianceByConfigRules.AggregateComplianceByConfigRules =
    r.DescribeAggregateComplianceByConfigRules.AggregateComplianceByConfigRules.filter(named(name));
  return account;
}

/** The rule's compliance as DescribeComplianceByConfigRule (and the aggregator) report it. */
export function setCompliance(account: Account, name: string, ComplianceType: string): Account {
  for (const row of [
    ...account.responses.DescribeComplianceByConfigRule.ComplianceByConfigRules,
    ...account.responses.DescribeAggregateComplianceByConfigRules.AggregateComplianceByConfigRules,
  ]) {
    if (text(row, "ConfigRuleName") === name) row.Compliance = { ComplianceType };
  }
  return account;
}

/** Rewrites each configuration item of a type (its `configuration` parsed, then written back as JSON text); `undefined` drops it. */
export function editItems(
  account: Account,
  resourceType: string,
  edit: (configuration: Json) => Json | undefined,
): Account {
  const items = account.responses.BatchGetResourceConfig;
  items.baseConfigurationItems = items.baseConfigurationItems.flatMap((item) => {
    if (text(item, "resourceType") !== resourceType) return [item];
    const changed = edit(JSON.parse(String(item.configuration)) as Json);
    return changed ? [{ ...item, configuration: JSON.stringify(changed) }] : [];
  });
  return account;
}

/** Every time in a configuration of this type moved `ms` earlier. */
export function olderBy(ms: number, at: string) {
  return (configuration: Json): Json => ({
    ...configuration,
    [at]: new Date(Date.parse(String(configuration[at])) - ms).toISOString(),
  });
}

/** The account's own recorder, changed (its settings or status). */
export function editRecorder(
  account: Account,
  settings: (recorder: Json) => void,
  status: (s: Json) => void = () => {},
): Account {
  account.responses.DescribeConfigurationRecorders.ConfigurationRecorders.forEach(settings);
  account.responses.DescribeConfigurationRecorderStatus.ConfigurationRecordersStatus.forEach(status);
  return account;
}
