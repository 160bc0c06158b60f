import "server-only";
import type { AggregateComplianceByConfigRule } from "@aws-sdk/client-config-service";
import type { StatusConfig } from "@/lib/status/config";
import { toSourceError } from "./errors";
import * as q from "./queries";
import { countResults, deployments, newestRdsSnapshot, newestRecoveryPoint, rulesOfAccount, rulesOfAggregate } from "./reshape";
import type { ConfigFacts, Fetched, PackFacts, QueryFailure, RecoveryPointFacts, RuleFacts, RuleResults } from "./types";

const RECOVERY_POINTS = "SELECT configuration.creationDate, configuration.resourceType, configuration.status WHERE resourceType = 'AWS::Backup::RecoveryPoint'";
const RDS_SNAPSHOTS = ["AWS::RDS::DBSnapshot", "AWS::RDS::DBClusterSnapshot"].map((type) => `SELECT configuration.snapshotCreateTime WHERE resourceType = '${type}'`);

async function fetched<T>(run: () => Promise<T>, operation: string, failures: QueryFailure[]): Promise<Fetched<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const e = toSourceError(error, operation);
    const failure = { code: e.code, operation: e.operation || operation, detail: e.message };
    failures.push(failure);
    return { ok: false, failure };
  }
}

async function ruleFacts(ctx: q.QueryContext, names: string[]): Promise<{ facts: Map<string, RuleFacts>; deployed: AggregateComplianceByConfigRule[] }> {
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
  const [rules, compliance, status] = await Promise.all([q.describeRules(ctx, names), q.describeCompliance(ctx, names), q.describeEvaluationStatus(ctx, names)]);
  return { facts: rulesOfAccount(names, rules, compliance, status), deployed: [] };
}

async function aggregateResults(ctx: q.QueryContext, deployed: AggregateComplianceByConfigRule[], rule: string) {
  return (await Promise.all(deployments(deployed, rule).map((d) => q.aggregateDetails(ctx, rule, d.accountId, d.region)))).flat();
}

/** Per-resource results of one backup rule, in this account or across the organisation. */
async function ruleResults(ctx: q.QueryContext, rule: string, deployed: AggregateComplianceByConfigRule[]): Promise<RuleResults> {
  return countResults(ctx.aggregator ? await aggregateResults(ctx, deployed, rule) : await q.complianceDetails(ctx, rule));
}

async function packFacts(ctx: q.QueryContext, name: string): Promise<PackFacts> {
  if (ctx.aggregator) {
    const all = await q.aggregatePackCompliance(ctx);
    const mine = all.filter((p) => p.ConformancePackName === name);
    const compliance = mine.some((p) => p.Compliance?.ComplianceType === "NON_COMPLIANT")
      ? "NON_COMPLIANT"
      : mine.length > 0 && mine.every((p) => p.Compliance?.ComplianceType === "COMPLIANT") ? "COMPLIANT" : "INSUFFICIENT_DATA";
    return { name, compliance, score: undefined, rules: [] };
  }
  const [rules, scores] = await Promise.all([q.packCompliance(ctx, name), q.packScores(ctx)]);
  const compliance = rules.some((r) => r.ComplianceType === "NON_COMPLIANT")
    ? "NON_COMPLIANT"
    : rules.length > 0 && rules.every((r) => r.ComplianceType === "COMPLIANT") ? "COMPLIANT" : "INSUFFICIENT_DATA";
  const score = scores.find((s) => s.ConformancePackName === name)?.Score;
  return { name, compliance, score: score === undefined ? undefined : Number(score), rules: rules.flatMap((r) => r.ConfigRuleName ?? []) };
}

type Select = (expression: string) => Promise<string[]>;

/** Several backup targets read the same recovery points; ask AWS once per expression. */
function selectOnce(ctx: q.QueryContext): Select {
  const seen = new Map<string, Promise<string[]>>();
  return (expression) => {
    const pending = seen.get(expression) ?? q.select(ctx, expression);
    seen.set(expression, pending);
    return pending;
  };
}

async function recoveryPoints(ctx: q.QueryContext, select: Select, target: StatusConfig["backups"][number]): Promise<RecoveryPointFacts | undefined> {
  const spec = target.recoveryPoints;
  if (!spec) return undefined;
  const op = ctx.aggregator ? "SelectAggregateResourceConfig" : "SelectResourceConfig";
  const found: (RecoveryPointFacts | undefined)[] = [];
  if (spec.backupResourceTypes.length > 0) found.push(newestRecoveryPoint(await select(RECOVERY_POINTS), spec.backupResourceTypes, op));
  if (spec.rdsSnapshots) for (const expression of RDS_SNAPSHOTS) found.push(newestRdsSnapshot(await select(expression), op));
  return found.reduce<RecoveryPointFacts | undefined>((newest, p) => (p && (!newest || p.createdAt > newest.createdAt) ? p : newest), undefined);
}

/** Everything the status model needs, asked of AWS Config in parallel; failures are kept per query. */
export async function gatherFacts(ctx: q.QueryContext, config: StatusConfig): Promise<{ facts: ConfigFacts; failures: QueryFailure[] }> {
  const failures: QueryFailure[] = [];
  const takenAt = new Date();
  const backupRules = config.backups.flatMap((b) => b.rules);
  const names = Array.from(new Set([...config.controls.flatMap((c) => c.rules), ...backupRules]));
  const packs = Array.from(new Set(config.controls.flatMap((c) => c.conformancePack ?? [])));
  const select = selectOnce(ctx);
  const rulesRead = fetched(() => ruleFacts(ctx, names), "DescribeConfigRules", failures);
  const resultsRead = rulesRead.then((read) =>
    Promise.all(
      Array.from(new Set(backupRules)).map(async (rule) => {
        const deployed = read.ok ? read.value.deployed : [];
        return [rule, await fetched(() => ruleResults(ctx, rule, deployed), "GetComplianceDetailsByConfigRule", failures)] as const;
      }),
    ),
  );
  const [read, results, packResults, pointResults] = await Promise.all([
    rulesRead,
    resultsRead,
    Promise.all(packs.map(async (p) => [p, await fetched(() => packFacts(ctx, p), "DescribeConformancePackCompliance", failures)] as const)),
    Promise.all(config.backups.map(async (b) => [b.id, await fetched(() => recoveryPoints(ctx, select, b), "SelectResourceConfig", failures)] as const)),
  ]);
  const rules: Fetched<Map<string, RuleFacts>> = read.ok ? { ok: true, value: read.value.facts } : read;
  return { facts: { takenAt, rules, ruleResults: new Map(results), packs: new Map(packResults), recoveryPoints: new Map(pointResults) }, failures };
}
