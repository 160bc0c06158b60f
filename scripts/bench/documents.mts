// `npm run bench:documents`: stamping a 100-page PDF (p50, p99; budget 300 ms p50), 50
// concurrent stamped downloads, and the request-to-grant flow under load (requests, mail to a
// real SMTP server in process, NDA acceptances) on SQLite and, with DATABASE_URL (or under
// `node scripts/with-postgres.mjs`), on PostgreSQL. Fails when a budget is missed or anything is lost.
import { performance } from "node:perf_hooks";
import { examplePdf } from "../../lib/documents/examples";
import { downloadFor } from "../../lib/documents/download";
import { acceptNda, requestAccess } from "../../lib/documents/requests";
import { stampPdf } from "../../lib/documents/stamp";
import { documentsDeps } from "../../test/documents-deps";
import { linksIn, startMailSink } from "../../test/mail-sink";
import { scratchStore } from "./scratch-store.mjs";
import { markdownTable } from "./table.mjs";

const STAMP_BUDGET_P50_MS = 300;
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const failures: string[] = [];

// 1. Stamping alone.
const hundred = await examplePdf("Bench document", 100);
const stampTimes: number[] = [];
for (let i = 0; i < 40; i++) {
  const start = performance.now();
  await stampPdf(hundred, {
    name: "Ada Reader",
    company: "Acme Ltd",
    email: "ada@acme.example",
    date: "2026-11-29",
    downloadId: `bench${i}`,
  });
  stampTimes.push(performance.now() - start);
}
const stampP50 = quantile(stampTimes, 0.5);
if (stampP50 > STAMP_BUDGET_P50_MS) failures.push(`stamping p50 ${ms(stampP50)} > ${STAMP_BUDGET_P50_MS} ms`);
console.log(
  markdownTable(
    ["Stamping a 100-page PDF (40 runs)", "p50", "p99"],
    [["stampPdf", ms(stampP50), ms(quantile(stampTimes, 0.99))]],
  ),
);

const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
const engines = url ? (["sqlite", "postgres"] as const) : (["sqlite"] as const);
const rows: string[][] = [];
for (const engine of engines) {
  const sink = await startMailSink();
  const scratch = await scratchStore(engine, url);
  const { deps, nda } = await documentsDeps(scratch.store, sink.url);
  const flow = deps as typeof deps & { now: () => number };
  flow.now = () => Date.now();
  const N = 50;
  // 2. The request-to-grant flow, 50 readers at once: request, mail, acceptance, grant.
  let start = performance.now();
  const emails = Array.from({ length: N }, (_, i) => `reader${i}@acme${i}.example`);
  const outcomes = await Promise.all(
    emails.map((email, i) =>
      requestAccess(
        flow,
        { documentId: "nda-doc", name: `Reader ${i}`, email, company: "Acme", reason: "", locale: "en" },
        `client${i}`,
      ),
    ),
  );
  const mails = await Promise.all(emails.map((email) => sink.waitFor((m) => m.to.includes(email), 60_000)));
  const tokens = mails.map((m) =>
    new URL(linksIn(m, "https://trust.example.com/documents/verify?token=")[0]!).searchParams.get("token")!,
  );
  const accepted = await Promise.all(
    tokens.map((token) =>
      acceptNda(flow, { token, ndaSha256: nda.current.sha256, ip: "198.51.100.1", userAgent: "bench" }),
    ),
  );
  const flowMs = performance.now() - start;
  const grants = (await scratch.store.db.selectFrom("document_grants").select("id").execute()).length;
  if (outcomes.some((o) => o !== "check-mail") || accepted.some((a) => a.status !== "granted") || grants !== N)
    failures.push(`${engine}: ${grants}/${N} grants after the flow`);
  // 3. 50 stamped downloads at once (3-page example), each recorded.
  const each: number[] = [];
  start = performance.now();
  await Promise.all(
    emails.map(async (email, i) => {
      const t = performance.now();
      await downloadFor(flow, { email, documentId: "nda-doc", client: `client${i}` });
      each.push(performance.now() - t);
    }),
  );
  const downloadMs = performance.now() - start;
  const recorded = (await scratch.store.db.selectFrom("document_downloads").select("id").execute()).length;
  if (recorded !== N) failures.push(`${engine}: ${recorded}/${N} downloads recorded`);
  rows.push([
    engine,
    `${N} in ${ms(flowMs)}`,
    `${grants}/${N}`,
    `${N} in ${ms(downloadMs)}`,
    ms(quantile(each, 0.5)),
    ms(quantile(each, 0.99)),
    `${recorded}/${N}`,
  ]);
  await scratch.drop();
  await sink.close();
}
console.log(
  `\n${markdownTable(["Store", "Request → grant (concurrent)", "Grants", "Downloads (concurrent)", "Download p50", "Download p99", "Recorded"], rows)}`,
);
if (!url) console.log("\n(PostgreSQL: set DATABASE_URL, or run under node scripts/with-postgres.mjs)");
if (failures.length) {
  console.error(`\n✗ ${failures.join("\n✗ ")}`);
  process.exit(1);
}
