import "server-only";
import type { StatusConfig } from "@/lib/status/config";
import { toSourceError } from "./errors";
import * as q from "./queries";
import { countResults, deployments, newestRdsSnapshot, newestRecoveryPoint, rulesOfAccount, rulesOfAggregate } from "./reshape";
import type { ConfigFacts, Fetched, PackFacts, QueryFailure, RecoveryPointFacts, RuleFacts } from "./types";

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

async function ruleFacts(ctx: q.QueryContext, names: string[], backupRules: string[]): Promise<Map<string, RuleFacts>> {
  if (ctx.aggregator) {
    const [rules, compliance] = await Promise.all([q.describeRules(ctx, names), q.aggregateCompliance(ctx)]);
    const facts = rulesOfAggregate(names, rules, compliance);
    // No evaluation status exists across accounts: the results' recording times stand in for it.
    await Promise.all(
      Array.from(facts.values()).map(async (fact) => {
        const where = deployments(compliance, fact.name);
        const results = (await Promise.all(where.map((d) => q.aggregateDetails(ctx, fact.name, d.accountId, d.region)))).flat();
        fact.results = countResults(results);
        fact.evaluatedAt = fact.results.oldestRecordedAt;
      }),
    );
    return facts;
  }
  const [rules, compliance, status] = await Promise.all([q.describeRules(ctx, names), q.describeCompliance(ctx, names), q.describeEvaluationStatus(ctx, names)]);
  const facts = rulesOfAccount(names, rules, compliance, status);
  await Promise.all(
    backupRules.map(async (name) => {
      const fact = facts.get(name);
      if (fact) fact.results = countResults(await q.complianceDetails(ctx, name));
    }),
  );
  return facts;
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
  const [rules, packResults, pointResults] = await Promise.all([
    fetched(() => ruleFacts(ctx, names, backupRules), "DescribeConfigRules", failures),
    Promise.all(packs.map(async (p) => [p, await fetched(() => packFacts(ctx, p), "DescribeConformancePackCompliance", failures)] as const)),
    Promise.all(config.backups.map(async (b) => [b.id, await fetched(() => recoveryPoints(ctx, select, b), "SelectResourceConfig", failures)] as const)),
  ]);
  return { facts: { takenAt, rules, packs: new Map(packResults), recoveryPoints: new Map(pointResults) }, failures };
}
