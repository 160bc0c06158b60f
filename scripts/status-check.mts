// `npm run status:check`: for the operator setting the site up against a real account. Pulls
// once (credentials from the default chain; --demo or --replay DIR for a recording) and prints
// every control and backup target with what AWS Config held, the state the site would publish
// and why; then every missing rule, permission, recorder gap or aggregator problem with its fix.
// Exits 0 only when every widget would show evidence.
// --record DIR: also saves every response received, with account ids, ARNs, resource ids and
// annotations replaced by placeholders, to attach to a bug report or serve with
// STATUS_SOURCE=replay STATUS_REPLAY=DIR.
import { saveRecording } from "../lib/aws-config";
import { everyWidgetHasEvidence, checkRows } from "../lib/status/check/rows";
import { findings } from "../lib/status/check/findings";
import { loadStatusConfig, sourceSettingsOf } from "../lib/status/config";
import { pullSnapshot, type PullSource } from "../lib/status/pull";
import { printTable } from "./status-check-table.mjs";

const arg = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const replay = arg("--replay");
const record = arg("--record");
const source: PullSource = process.argv.includes("--demo")
  ? { kind: "demo" }
  : replay
    ? { kind: "replay", dir: replay }
    : { kind: "aws" };
const config = loadStatusConfig();
// The pull's own warnings repeat what the findings say, with their fixes.
console.warn = () => {};
const { snapshot, facts, failures, exchanges } = await pullSnapshot(source, config, { capture: Boolean(record) });
const rows = checkRows(config, facts, snapshot);

console.log(
  `AWS Config status check (${source.kind}, ${config.source.aggregator ? `aggregator ${config.source.aggregator}` : config.source.region}), ${snapshot.generatedAt}\n`,
);
printTable(rows);
const problems = findings(config, facts, failures);
console.log(
  problems.length === 0
    ? "\nNo problems found."
    : `\n${problems.length} problem${problems.length > 1 ? "s" : ""} to fix:`,
);
for (const p of problems) console.log(`  [${p.kind}] ${p.problem}\n      fix: ${p.fix}`);
if (record) {
  const recording = saveRecording(record, exchanges, sourceSettingsOf(config), facts.takenAt);
  console.log(
    `\nRecorded ${recording.exchanges.length} responses (identifiers replaced) in ${record}/; serve them with STATUS_SOURCE=replay STATUS_REPLAY=${record}`,
  );
}
const ok = everyWidgetHasEvidence(rows) && problems.length === 0;
console.log(
  ok
    ? "\nEvery widget shows evidence."
    : `\n${rows.filter((r) => r.state !== "passing" && r.state !== "failing").length} of ${rows.length} widgets would show no evidence.`,
);
process.exit(ok ? 0 : 1);
