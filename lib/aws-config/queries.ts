import "server-only";
import {
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  paginateDescribeConfigurationAggregatorSourcesStatus,
  paginateDescribeAggregateComplianceByConfigRules,
  paginateDescribeAggregateComplianceByConformancePacks,
  paginateDescribeComplianceByConfigRule,
  paginateDescribeConfigRuleEvaluationStatus,
  paginateDescribeConfigRules,
  paginateDescribeConformancePackCompliance,
  paginateGetAggregateComplianceDetailsByConfigRule,
  paginateGetComplianceDetailsByConfigRule,
  paginateListConformancePackComplianceScores,
  paginateSelectAggregateResourceConfig,
  paginateSelectResourceConfig,
  type AggregateComplianceByConfigRule,
  type AggregateComplianceByConformancePack,
  type ComplianceByConfigRule,
  type ConfigRule,
  type ConfigRuleEvaluationStatus,
  type ConfigServiceClient,
  type ConformancePackComplianceScore,
  type ConformancePackRuleCompliance,
  type EvaluationResult,
  type AggregateEvaluationResult,
  type AggregatedSourceStatus,
  type ConfigurationRecorder,
  type ConfigurationRecorderStatus,
} from "@aws-sdk/client-config-service";
import { toSourceError } from "./errors";

// What we ask AWS Config. Every query reads all of its pages or throws: a listing that broke
// half-way is never passed on as if it were complete.
export type QueryContext = { client: ConfigServiceClient; signal: AbortSignal; aggregator: string | undefined };

async function collect<Page, Item>(
  operation: string,
  pages: AsyncIterable<Page>,
  pick: (page: Page) => Item[] | undefined,
): Promise<Item[]> {
  const items: Item[] = [];
  try {
    for await (const page of pages) items.push(...(pick(page) ?? []));
  } catch (error) {
    throw toSourceError(error, operation);
  }
  return items;
}

const BATCH = 25; // the most rule names these operations accept in one request

type ByNames = { ConfigRuleNames?: string[] };

/**
 * Asks for the named rules only (one request per 25 names); when any name does not exist AWS
 * rejects the whole request, so we then list every rule and let the caller see which is missing.
 */
async function byNamesOrAll<Item>(names: string[], read: (input: ByNames) => Promise<Item[]>): Promise<Item[]> {
  if (names.length === 0) return [];
  try {
    // One batch at a time: a burst of parallel requests only buys throttling and retries.
    const items: Item[] = [];
    for (let i = 0; i < names.length; i += BATCH)
      items.push(...(await read({ ConfigRuleNames: names.slice(i, i + BATCH) })));
    return items;
  } catch (error) {
    if (toSourceError(error, "").code !== "not_found") throw error;
    return read({});
  }
}

export function describeRules({ client, signal }: QueryContext, names: string[]): Promise<ConfigRule[]> {
  return byNamesOrAll(names, (input) =>
    collect(
      "DescribeConfigRules",
      paginateDescribeConfigRules({ client }, input, { abortSignal: signal }),
      (p) => p.ConfigRules,
    ),
  );
}

export function describeCompliance(
  { client, signal }: QueryContext,
  names: string[],
): Promise<ComplianceByConfigRule[]> {
  return byNamesOrAll(names, (input) =>
    collect(
      "DescribeComplianceByConfigRule",
      paginateDescribeComplianceByConfigRule({ client }, input, { abortSignal: signal }),
      (p) => p.ComplianceByConfigRules,
    ),
  );
}

export function describeEvaluationStatus(
  { client, signal }: QueryContext,
  names: string[],
): Promise<ConfigRuleEvaluationStatus[]> {
  return byNamesOrAll(names, (input) =>
    collect(
      "DescribeConfigRuleEvaluationStatus",
      paginateDescribeConfigRuleEvaluationStatus({ client, pageSize: 50 }, input, { abortSignal: signal }),
      (p) => p.ConfigRulesEvaluationStatus,
    ),
  );
}

export function complianceDetails({ client, signal }: QueryContext, rule: string): Promise<EvaluationResult[]> {
  const input = { ConfigRuleName: rule, ComplianceTypes: ["COMPLIANT" as const, "NON_COMPLIANT" as const] };
  return collect(
    "GetComplianceDetailsByConfigRule",
    paginateGetComplianceDetailsByConfigRule({ client, pageSize: 100 }, input, { abortSignal: signal }),
    (p) => p.EvaluationResults,
  );
}

export function select({ client, signal, aggregator }: QueryContext, expression: string): Promise<string[]> {
  if (aggregator) {
    const input = { ConfigurationAggregatorName: aggregator, Expression: expression };
    return collect(
      "SelectAggregateResourceConfig",
      paginateSelectAggregateResourceConfig({ client, pageSize: 100 }, input, { abortSignal: signal }),
      (p) => p.Results,
    );
  }
  return collect(
    "SelectResourceConfig",
    paginateSelectResourceConfig({ client, pageSize: 100 }, { Expression: expression }, { abortSignal: signal }),
    (p) => p.Results,
  );
}

export function packCompliance(
  { client, signal }: QueryContext,
  pack: string,
): Promise<ConformancePackRuleCompliance[]> {
  return collect(
    "DescribeConformancePackCompliance",
    paginateDescribeConformancePackCompliance({ client }, { ConformancePackName: pack }, { abortSignal: signal }),
    (p) => p.ConformancePackRuleComplianceList,
  );
}

export function packScores({ client, signal }: QueryContext): Promise<ConformancePackComplianceScore[]> {
  return collect(
    "ListConformancePackComplianceScores",
    paginateListConformancePackComplianceScores({ client }, {}, { abortSignal: signal }),
    (p) => p.ConformancePackComplianceScores,
  );
}

/** The recorders' settings and status. Neither API pages: one answer holds every recorder. */
export async function recorders({
  client,
  signal,
}: QueryContext): Promise<{ settings: ConfigurationRecorder[]; status: ConfigurationRecorderStatus[] }> {
  const ask = async <T>(operation: string, run: () => Promise<T>) => {
    try {
      return await run();
    } catch (error) {
      throw toSourceError(error, operation);
    }
  };
  const [settings, status] = await Promise.all([
    ask("DescribeConfigurationRecorders", () =>
      client.send(new DescribeConfigurationRecordersCommand({}), { abortSignal: signal }),
    ),
    ask("DescribeConfigurationRecorderStatus", () =>
      client.send(new DescribeConfigurationRecorderStatusCommand({}), { abortSignal: signal }),
    ),
  ]);
  return { settings: settings.ConfigurationRecorders ?? [], status: status.ConfigurationRecordersStatus ?? [] };
}

// Organisation-wide variants, through a configuration aggregator.

export function aggregatorSources({
  client,
  signal,
  aggregator = "",
}: QueryContext): Promise<AggregatedSourceStatus[]> {
  const input = { ConfigurationAggregatorName: aggregator };
  return collect(
    "DescribeConfigurationAggregatorSourcesStatus",
    paginateDescribeConfigurationAggregatorSourcesStatus({ client, pageSize: 100 }, input, { abortSignal: signal }),
    (p) => p.AggregatedSourceStatusList,
  );
}

export function aggregateCompliance({
  client,
  signal,
  aggregator = "",
}: QueryContext): Promise<AggregateComplianceByConfigRule[]> {
  const input = { ConfigurationAggregatorName: aggregator };
  return collect(
    "DescribeAggregateComplianceByConfigRules",
    paginateDescribeAggregateComplianceByConfigRules({ client, pageSize: 1000 }, input, { abortSignal: signal }),
    (p) => p.AggregateComplianceByConfigRules,
  );
}

export function aggregateDetails(
  { client, signal, aggregator = "" }: QueryContext,
  rule: string,
  accountId: string,
  region: string,
): Promise<AggregateEvaluationResult[]> {
  const input = {
    ConfigurationAggregatorName: aggregator,
    ConfigRuleName: rule,
    AccountId: accountId,
    AwsRegion: region,
  };
  return collect(
    "GetAggregateComplianceDetailsByConfigRule",
    paginateGetAggregateComplianceDetailsByConfigRule({ client, pageSize: 100 }, input, { abortSignal: signal }),
    (p) => p.AggregateEvaluationResults,
  );
}

export function aggregatePackCompliance({
  client,
  signal,
  aggregator = "",
}: QueryContext): Promise<AggregateComplianceByConformancePack[]> {
  const input = { ConfigurationAggregatorName: aggregator };
  return collect(
    "DescribeAggregateComplianceByConformancePacks",
    paginateDescribeAggregateComplianceByConformancePacks({ client, pageSize: 100 }, input, { abortSignal: signal }),
    (p) => p.AggregateComplianceByConformancePacks,
  );
}
