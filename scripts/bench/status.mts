// `npm run bench:status`: the status pull against the local AWS Config endpoint at scale:
// 1,000 rules, 20,000 evaluation results, a throttle of 10 requests/s. Prints the API calls
// made next to the minimum the pagination needs, the wall time and the peak memory; then how
// long 400 days of history (a pull every 5 minutes) take to read and render (scripts/bench/status-history.mts).
import { performance } from "node:perf_hooks";
import { statusConfigSchema } from "../../lib/status/config";
import { pullSnapshot } from "../../lib/status/pull";
import { benchAccount } from "../../test/aws-config-server/bench-account";
import { startAwsConfigServer } from "../../test/aws-config-server/server";
import { spawnSync } from "node:child_process";

const RULES = 1_000;
const RESULTS = 20_000;
const BACKUP_RULES = 2;
const RECOVERY_POINTS = 2_000;
const RATE = 10;
const account = benchAccount({
  rules: RULES,
  backupRules: BACKUP_RULES,
  results: RESULTS,
  recoveryPoints: RECOVERY_POINTS,
  now: Date.now(),
});

const ruleNames = account.responses.DescribeConfigRules.ConfigRules.map((r) => String(r.ConfigRuleName));
const config = statusConfigSchema.parse({
  source: { region: "us-east-1", requestTimeout: "10s", maxAttempts: 8 },
  controls: Array.from({ length: RULES / 10 }, (_, i) => ({
    id: `control-${i}`,
    title: { en: `Control ${i}`, zh: `控制 ${i}` },
    rules: ruleNames.slice(i * 10, i * 10 + 10),
  })),
  backups: [
    {
      id: "database-backups",
      title: { en: "Database", zh: "数据库" },
      maxAge: "30m",
      rules: ruleNames.slice(0, BACKUP_RULES),
      recoveryPoints: { backupResourceTypes: ["RDS"] },
    },
  ],
});

// The fewest requests that can return everything: every page full at the API's maximum size.
const pages = (items: number, perPage: number) => Math.max(1, Math.ceil(items / perPage));
const batches = pages(RULES, 25);
const minimum = {
  DescribeConfigRules: batches,
  DescribeComplianceByConfigRule: batches,
  DescribeConfigRuleEvaluationStatus: batches,
  GetComplianceDetailsByConfigRule: BACKUP_RULES * pages(RESULTS / BACKUP_RULES, 100),
  SelectResourceConfig: pages(RECOVERY_POINTS, 100),
  // The recorder: one answer each, no paging.
  DescribeConfigurationRecorders: 1,
  DescribeConfigurationRecorderStatus: 1,
};

const server = await startAwsConfigServer(account, { faults: [{ kind: "rate-limit", perSecond: RATE }] });
process.env.AWS_ENDPOINT_URL_CONFIG_SERVICE = server.url;
process.env.AWS_ACCESS_KEY_ID ??= "AKIDEXAMPLE";
process.env.AWS_SECRET_ACCESS_KEY ??= "bench";
let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 50);

const started = performance.now();
const { snapshot, failures } = await pullSnapshot({ kind: "aws" }, config);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
await server.close();

const made = new Map<string, { total: number; throttled: number }>();
for (const call of server.calls) {
  const entry = made.get(call.operation) ?? { total: 0, throttled: 0 };
  entry.total++;
  if (call.status === 400) entry.throttled++;
  made.set(call.operation, entry);
}
const rows = Object.entries(minimum).map(([op, min]) => ({
  operation: op,
  minimum: min,
  made: made.get(op)?.total ?? 0,
  throttled: made.get(op)?.throttled ?? 0,
}));
console.log(
  `\nStatus pull at scale: ${RULES} rules, ${RESULTS} evaluation results, ${RECOVERY_POINTS} recovery points, throttle ${RATE} requests/s\n`,
);
console.table(rows);
const totalMin = rows.reduce((a, r) => a + r.minimum, 0);
const totalMade = rows.reduce((a, r) => a + r.made, 0);
const totalThrottled = rows.reduce((a, r) => a + r.throttled, 0);
console.log(
  `API calls: ${totalMade} made (${totalThrottled} throttled and retried) vs ${totalMin} the pagination needs (${(totalMade / totalMin).toFixed(2)}x)`,
);
console.log(`Wall time: ${seconds.toFixed(1)} s (floor at ${RATE}/s: ${(totalMin / RATE).toFixed(1)} s)`);
console.log(
  `Peak memory (this process, the local AWS Config endpoint included): RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB`,
);
const states = [...snapshot.controls, ...snapshot.backups].reduce<Record<string, number>>(
  (acc, item) => ({ ...acc, [item.state]: (acc[item.state] ?? 0) + 1 }),
  {},
);
console.log(`Result: ${JSON.stringify(states)}; failed queries: ${failures.length}`);
if (failures.length > 0) {
  for (const f of failures) console.log(`  ${f.operation}: ${f.code}`);
  process.exit(1);
}
// The history bench renders React on its own, without the react-server condition this process runs under.
const history = spawnSync(
  "node_modules/.bin/tsx",
  ["--tsconfig", "scripts/bench/tsconfig.render.json", "scripts/bench/status-history.mts"],
  { stdio: "inherit" },
);
process.exit(history.status ?? 1);
