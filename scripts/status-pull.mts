// `npm run status:pull`: ask AWS Config now (credentials from the default chain) and write the
// snapshot to STATUS_FILE, for pipelines that pull with credentials and build without them
// (then build with STATUS_SOURCE=file). `--demo` pulls the recorded demo data instead.
// STATUS_STRICT=1: any AWS error fails the pull and no file is written.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";
import { pullSnapshot } from "../lib/status/pull";

const kind = process.argv.includes("--demo") ? "demo" : "aws";
const { snapshot, failures } = await pullSnapshot(kind);
if (failures.length > 0 && env.STATUS_STRICT) {
  console.error(`status:pull failed (STATUS_STRICT=1): ${failures.length} AWS Config quer${failures.length > 1 ? "ies" : "y"} failed; ${env.STATUS_FILE} left unchanged.`);
  process.exit(1);
}
mkdirSync(path.dirname(env.STATUS_FILE), { recursive: true });
// Written beside and renamed, so a build never reads half a file.
const temporary = `${env.STATUS_FILE}.tmp`;
writeFileSync(temporary, `${JSON.stringify(snapshot, null, 2)}\n`);
renameSync(temporary, env.STATUS_FILE);
const states = [...snapshot.controls, ...snapshot.backups].map((item) => `${item.id}=${item.state}`).join(" ");
console.log(`Wrote ${env.STATUS_FILE} (${kind}, ${snapshot.generatedAt}): ${states}`);
