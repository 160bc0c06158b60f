// `npm run access:report [-- --since 2026-11-01] [--kind download] [--csv]`: the gated
// documents' access log (requests, verifications, NDA acceptances, approvals, denials,
// revocations, downloads) from the store (DATABASE_URL's PostgreSQL, else STORE_FILE's SQLite).
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { readEnv } from "../lib/env";
import { DOCUMENT_EVENTS, logCsv, logRows } from "../lib/documents/report";
import { listEvents } from "../lib/store/audit";
import { describeStore, storeConfig } from "../lib/store/config";
import { openStore } from "../lib/store/open";

const { values } = parseArgs({
  options: { since: { type: "string" }, kind: { type: "string" }, csv: { type: "boolean", default: false } },
});
if (values.kind && !(DOCUMENT_EVENTS as readonly string[]).includes(values.kind)) {
  console.error(`--kind must be one of ${DOCUMENT_EVENTS.join(", ")}`);
  process.exit(2);
}
const sinceMs = values.since ? Date.parse(values.since) : undefined;
if (sinceMs !== undefined && Number.isNaN(sinceMs)) {
  console.error(`--since must be a date such as 2026-11-01 (got "${values.since}")`);
  process.exit(2);
}
const config = storeConfig(readEnv());
if (config.engine === "sqlite" && !existsSync(config.file)) {
  console.log(`No access log yet: ${config.file} does not exist (it is created with the first request).`);
  process.exit(0);
}
const store = await openStore(config);
const rows = logRows(
  await listEvents(store, {
    ...(sinceMs === undefined ? {} : { sinceMs }),
    ...(values.kind ? { kind: values.kind } : {}),
  }),
);
await store.close();
if (values.csv) {
  console.log(logCsv(rows));
} else {
  console.log(`Access log in ${describeStore(config)}: ${rows.length} event(s)\n`);
  for (const r of rows) console.log(`${r.at}  ${r.event.padEnd(8)}  ${r.email.padEnd(32)}  ${r.request}  ${r.detail}`);
}
