// One process of the documents' concurrency tests: `node --import tsx test/documents-worker.mts JSON`.
// Like test/store-worker.mts: it prints "ready", waits for "go", decides the request (by an
// approver's link or as an operator), and prints the outcome ("ok" or the error's code) in JSON.
import { once } from "node:events";
import { decide, type Decision } from "../lib/documents/decisions";
import type { StoreConfig } from "../lib/store/config";
import { openStore } from "../lib/store/open";
import { documentsDeps } from "./documents-deps";

export type DecideJob = {
  config: StoreConfig;
  smtpUrl: string;
  decision: Decision;
} & ({ token: string } | { requestId: string; by: string });

const job = JSON.parse(process.argv[2]!) as DecideJob;
const store = await openStore(job.config);
const { deps } = await documentsDeps(store, job.smtpUrl);
console.log("ready");
process.stdin.resume();
await once(process.stdin, "data");
const input =
  "token" in job
    ? { decision: job.decision, token: job.token }
    : { decision: job.decision, requestId: job.requestId, by: job.by };
const outcome = await decide(deps, input).then(
  () => "ok",
  // By name: tsx may load lib/documents/errors.ts twice (ESM here, CommonJS under decisions.ts).
  (error: { name?: string; code?: string }) =>
    error?.name === "DocumentsError" ? error.code : `unexpected: ${String(error)}`,
);
await store.close();
console.log(JSON.stringify(outcome));
