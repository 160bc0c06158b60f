// `npm run status:pull`: ask AWS Config now (credentials from the default chain), write the
// snapshot to STATUS_FILE and append it to the history beside it (status/snapshot.history.jsonl),
// for pipelines that pull with credentials and build without them (then build with
// STATUS_SOURCE=file). `--demo` pulls the demo recording instead, `--replay DIR` a recording.
// STATUS_STRICT=1: any AWS error fails the pull and nothing is written.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";
import { entryOf } from "../lib/status/history/entry";
import { historyFileOf, JsonLinesHistoryStore } from "../lib/status/history/jsonl-store";
import { pullSnapshot, type PullSource } from "../lib/status/pull";

const replay = process.argv.indexOf("--replay");
const source: PullSource = process.argv.includes("--demo")
  ? { kind: "demo" }
  : replay > 0
    ? { kind: "replay", dir: process.argv[replay + 1] ?? "" }
    : { kind: "aws" };
const { snapshot, failures } = await pullSnapshot(source);
if (failures.length > 0 && env.STATUS_STRICT) {
  console.error(
    `status:pull failed (STATUS_STRICT=1): ${failures.length} AWS Config quer${failures.length > 1 ? "ies" : "y"} failed; ${env.STATUS_FILE} left unchanged.`,
  );
  process.exit(1);
}
mkdirSync(path.dirname(env.STATUS_FILE), { recursive: true });
// Written beside and renamed, so a build never reads half a file.
const temporary = `${env.STATUS_FILE}.${process.pid}.tmp`;
writeFileSync(temporary, `${JSON.stringify(snapshot, null, 2)}\n`);
renameSync(temporary, env.STATUS_FILE);
const historyFile = historyFileOf(env.STATUS_FILE);
new JsonLinesHistoryStore(historyFile).append(entryOf(snapshot));
const states = [...snapshot.controls, ...snapshot.backups].map((item) => `${item.id}=${item.state}`).join(" ");
console.log(
  `Wrote ${env.STATUS_FILE} and appended to ${historyFile} (${source.kind}, ${snapshot.generatedAt}): ${states}`,
);
