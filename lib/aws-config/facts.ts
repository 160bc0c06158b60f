import "server-only";
import type { AggregateComplianceByConfigRule } from "@aws-sdk/client-config-service";
import { aggregatorFacts, recorderFacts, recoveryPoints, selectOnce, selectOperation, typesOf } from "./facts-backups";
import { fetched } from "./fetched";
import * as q from "./queries";
import { countResults, deployments, rulesOfAccount, rulesOfAggregate } from "./reshape-rules";
import type { ConfigFacts, FactsRequest, PackFacts, QueryFailure, RuleFacts, RuleResults } from "./types";

async function ruleFacts(
  ctx: q.QueryContext,
  names: string[],
): Promise<{ facts: Map<string, RuleFacts>; deployed: AggregateComplianceByConfigRule[] }> {
  if (ctx.aggregator) {
    const [rules, compliance] = await Promise.all([q.describeRules(ctx, names), q.aggregateCompliance(ctx)]);
    const facts = rulesOfAggregate(names, rules, compliance);
    // No evaluation status exists across accounts: the oldest recorded result stands in for it.
    await Promise.all(
      Array.from(facts.values()).map(async (fact) => {
        fact.evaluatedAt = countResults(await aggregateResults(ctx, compliance, fact.name)).oldestRecordedAt;
      }),
    );
    return { facts, deployed: compliance };
  }
  const [rules, compliance, status] = await Promise.all([
    q.describeRules(ctx, names),
    q.describeCompliance(ctx, names),
    q.describeEvaluationStatus(ctx, names),
  ]);
  return { facts: rulesOfAccount(names, rules, compliance, status), deployed: [] };
}

async function aggregateResults(ctx: q.QueryContext, deployed: AggregateComplianceByConfigRule[], rule: string) {
  return (
    await Promise.all(deployments(deployed, rule).map((d) => q.aggregateDetails(ctx, rule, d.accountId, d.region)))
  ).flat();
}

/** Per-resource results of one backup rule, in this account or across the organisation. */
async function ruleResults(
  ctx: q.QueryContext,
  rule: string,
  deployed: AggregateComplianceByConfigRule[],
): Promise<RuleResults> {
  return countResults(
    ctx.aggregator ? await aggregateResults(ctx, deployed, rule) : await q.complianceDetails(ctx, rule),
  );
}

type PackCompliance = PackFacts["compliance"];
const combined = (states: (string | undefined)[]): PackCompliance =>
  states.includes("NON_COMPLIANT")
    ? "NON_COMPLIANT"
    : states.length > 0 && states.every((s) => s === "COMPLIANT")
      ? "COMPLIANT"
      : "INSUFFICIENT_DATA";

async function packFacts(ctx: q.QueryContext, name: string): Promise<PackFacts> {
  if (ctx.aggregator) {
    const mine = (await q.aggregatePackCompliance(ctx)).filter((p) => p.ConformancePackName === name);
    return { name, compliance: combined(mine.map((p) => p.Compliance?.ComplianceType)), score: undefined, rules: [] };
  }
  const [rules, scores] = await Promise.all([q.packCompliance(ctx, name), q.packScores(ctx)]);
  const score = scores.find((s) => s.ConformancePackName === name)?.Score;
  return {
    name,
    compliance: combined(rules.map((r) => r.ComplianceType)),
    score: score === undefined ? undefined : Number(score),
    rules: rules.flatMap((r) => r.ConfigRuleName ?? []),
  };
}

/** Everything the status model needs, asked of AWS Config in parallel; failures are kept per query. */
export async function gatherFacts(
  ctx: q.QueryContext,
  request: FactsRequest,
): Promise<{ facts: ConfigFacts; failures: QueryFailure[] }> {
  const failures: QueryFailure[] = [];
  const takenAt = new Date();
  const names = Array.from(new Set([...request.rules, ...request.backupRules]));
  const select = selectOnce(ctx);
  const recordedTypes = Array.from(new Set(request.recoveryPoints.flatMap(typesOf)));
  const rulesRead = fetched(() => ruleFacts(ctx, names), "DescribeConfigRules", failures);
  const resultsRead = rulesRead.then((read) =>
    Promise.all(
      Array.from(new Set(request.backupRules)).map(async (rule) => {
        const deployed = read.ok ? read.value.deployed : [];
        return [
          rule,
          await fetched(() => ruleResults(ctx, rule, deployed), "GetComplianceDetailsByConfigRule", failures),
        ] as const;
      }),
    ),
  );
  const [read, results, packs, points, recorder, aggregator] = await Promise.all([
    rulesRead,
    resultsRead,
    Promise.all(
      Array.from(new Set(request.packs)).map(
        async (p) =>
          [p, await fetched(() => packFacts(ctx, p), "DescribeConformancePackCompliance", failures)] as const,
      ),
    ),
    Promise.all(
      request.recoveryPoints.map(
        async (spec) =>
          [spec.id, await fetched(() => recoveryPoints(ctx, select, spec), selectOperation(ctx), failures)] as const,
      ),
    ),
    fetched(
      () => recorderFacts(ctx, select, recordedTypes),
      ctx.aggregator ? selectOperation(ctx) : "DescribeConfigurationRecorders",
      failures,
    ),
    ctx.aggregator
      ? fetched(() => aggregatorFacts(ctx), "DescribeConfigurationAggregatorSourcesStatus", failures)
      : undefined,
  ]);
  const rules: ConfigFacts["rules"] = read.ok ? { ok: true, value: read.value.facts } : read;
  return {
    facts: {
      takenAt,
      rules,
      ruleResults: new Map(results),
      packs: new Map(packs),
      recoveryPoints: new Map(points),
      recorder,
      aggregator,
    },
    failures,
  };
}
