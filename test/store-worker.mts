// One process of the store's concurrency tests: `node --import tsx test/store-worker.mts JSON`.
// It prints "ready", waits for "go" on stdin (test/store-processes.ts sends it when every worker
// is ready), does its job and prints the result as the last line, in JSON.
import { once } from "node:events";
import { addVote } from "../lib/feedback/store";
import { DatabaseHistoryStore } from "../lib/status/history/db-store";
import { serializeEntry } from "../lib/status/history/entry";
import { Mailer } from "../lib/mail/mailer";
import { sealKey } from "../lib/mail/seal";
import { smtpTransport } from "../lib/mail/transport";
import { claim } from "../lib/store/ledger";
import { openStore } from "../lib/store/open";
import { SharedRateLimiter } from "../lib/store/rate-limit";
import { consumeToken } from "../lib/store/tokens";
import { writerEntry } from "./history-entries";
import type { WorkerJob } from "./store-processes";

const job = JSON.parse(process.argv[2]!) as WorkerJob;
const go = async () => {
  console.log("ready");
  process.stdin.resume();
  await once(process.stdin, "data");
};
// Opening (and migrating) is what "open" races; the others race their operation on an open store.
if (job.action === "open") await go();
const store = await openStore(job.config);
if (job.action !== "open") await go();
let result: unknown = "opened";
if (job.action === "take") {
  // No refill during the test: only the burst can be taken.
  const limiter = new SharedRateLimiter(async () => store, { scope: "test", perMinute: 1e-9, burst: job.burst });
  const taken = await Promise.all(Array.from({ length: job.times }, () => limiter.take("one client")));
  result = taken.filter((t) => t.ok).length;
} else if (job.action === "consume") {
  result = await Promise.all(job.tokens.map((token) => consumeToken(store, "test", token)));
} else if (job.action === "claim") {
  const won: string[] = [];
  for (const key of job.keys) if (await claim(store, "mail", key)) won.push(key);
  result = won;
} else if (job.action === "votes") {
  for (let i = 0; i < job.count; i++)
    await addVote(store, { section: "backups", locale: "en", helpful: i % 2 === 0, comment: `${process.pid} ${i}` });
  result = job.count;
} else if (job.action === "history") {
  const history = new DatabaseHistoryStore(store);
  for (let i = 0; i < job.count; i++) await history.append(writerEntry(i));
  result = job.count;
} else if (job.action === "history-crash") {
  // Dies with its pull written but not committed: the database must drop it, and nothing else.
  const entry = writerEntry(0);
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("status_pulls")
      .values({
        at_ms: Date.parse(entry.at),
        expires_ms: Date.parse(entry.expiresAt),
        states: "torn",
        entry: serializeEntry(entry),
      })
      .execute();
    process.kill(process.pid, "SIGKILL");
  });
} else if (job.action === "mail") {
  // The retry pass, racing the same pass in other processes over one outbox.
  const key = sealKey("a test secret of at least 32 characters", "mail outbox");
  const mailer = new Mailer({
    store: async () => store,
    transport: smtpTransport(job.url),
    key,
    from: "Trust Center <trust@example.com>",
    retryMs: 1,
    log: () => {},
  });
  result = await mailer.deliverDue();
}
await store.close();
console.log(JSON.stringify(result));
