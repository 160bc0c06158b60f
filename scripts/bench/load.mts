// `npm run bench:load`: the production server (scripts/serve.mjs) on loopback under 200
// concurrent clients for 30 s per route: home, a section page, /status.json and the feedback
// endpoint. Prints requests/s, p99 latency and errors, then checks that every vote answered 201
// is in the SQLite store and that the store passes SQLite's integrity check.
// Options: --connections N, --duration S. Builds the site first when there is no build.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { allVotes, integrity } from "../../lib/feedback/store";
import { openStore } from "../../lib/store/open";
import { freePort, serverCommand, startServer } from "./server.mjs";
import { buildSite } from "../lib.mjs";

const { values } = parseArgs({
  options: { connections: { type: "string", default: "200" }, duration: { type: "string", default: "30" } },
});
const connections = Number(values.connections);
const duration = Number(values.duration);

if (!existsSync(".next/BUILD_ID") && buildSite() !== 0) process.exit(1);
const dir = mkdtempSync(path.join(tmpdir(), "bench-load-"));
const db = path.join(dir, "feedback.sqlite");
const port = await freePort();
// One trusted proxy hop: each simulated client gets its own address, as readers behind a CDN do,
// so the per-client rate limit applies per client rather than to the whole benchmark.
const server = await startServer(port, serverCommand(port), {
  env: { STORE_FILE: db, DATABASE_URL: "", TRUST_PROXY_HOPS: "1" },
});
const base = server.origin;

type Row = { route: string; rps: number; p99: number; errors: number; timeouts: number; codes: Record<string, number> };
const rows: Row[] = [];
// Each vote carries its own id, so the check afterwards is exact: every vote the server
// answered 201 must be in the store. (A vote whose answer timed out may be stored too.)
const acknowledged = new Set<string>();
let sent = 0;
const vote = (id: string) =>
  JSON.stringify({ section: "backups", locale: "en", helpful: sent % 2 === 0, comment: `load test ${id}` });
type Target = {
  route: string;
  method: "GET" | "POST";
  headers?: Record<string, string>;
  requests?: autocannon.Request[];
};
const targets: Target[] = [
  { route: "/", method: "GET" },
  { route: "/security/backups", method: "GET" },
  { route: "/status.json", method: "GET" },
  {
    route: "/api/feedback",
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request, context) => {
          const id = `${process.pid}-${++sent}`;
          (context as { id?: string }).id = id;
          return { ...request, body: vote(id) };
        },
        onResponse: (status, _body, context) => {
          if (status === 201) acknowledged.add((context as { id: string }).id);
        },
      },
    ],
  },
];
try {
  for (const target of targets) {
    let client = 0;
    const headers = { "accept-encoding": "gzip", ...target.headers };
    const result = await autocannon({
      url: `${base}${target.route}`,
      method: target.method,
      headers,
      requests: target.requests,
      connections,
      duration,
      setupClient: (c) => {
        client++;
        c.setHeaders({ ...headers, "x-forwarded-for": `10.${client >> 8}.${client & 255}.1` });
      },
    });
    const codes = Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {})
        .filter(([code]) => /^\d+$/.test(code))
        .map(([code, stat]) => [code, Number((stat as { count: number | string }).count)]),
    );
    // A 429 from the feedback route is its rate limit doing its job, not an error.
    const unexpected = Object.entries(codes)
      .filter(([code]) => !code.startsWith("2") && !(target.method === "POST" && code === "429"))
      .reduce((n, [, c]) => n + c, 0);
    rows.push({
      route: `${target.method} ${target.route}`,
      rps: result.requests.average,
      p99: result.latency.p99,
      errors: result.errors - result.timeouts + unexpected,
      timeouts: result.timeouts,
      codes,
    });
  }
} finally {
  server.stop();
}

console.log(`\n${connections} connections, ${duration} s per route, loopback, 2-core machine\n`);
console.log("| Route | Requests/s | p99 latency | Errors | Timeouts (10 s) | Status codes |");
console.log("| --- | ---: | ---: | ---: | ---: | --- |");
for (const r of rows)
  console.log(
    `| ${r.route} | ${Math.round(r.rps).toLocaleString("en")} | ${r.p99} ms | ${r.errors} | ${r.timeouts} | ${Object.entries(
      r.codes,
    )
      .map(([c, n]) => `${c}: ${n.toLocaleString("en")}`)
      .join(", ")} |`,
  );

const store = await openStore({ engine: "sqlite", file: db });
const storedIds = new Set((await allVotes(store)).map((v) => v.comment?.replace("load test ", "")));
const check = await integrity(store);
await store.close();
rmSync(dir, { recursive: true, force: true });
const missing = [...acknowledged].filter((id) => !storedIds.has(id));
console.log(
  `\nVotes answered 201: ${acknowledged.size}; votes in the store: ${storedIds.size}; answered 201 but missing: ${missing.length}; integrity check: ${check}`,
);
// Timeouts are reported, not failed: on a shared 2-core machine they measure the machine.
const ok = missing.length === 0 && acknowledged.size > 0 && check === "ok" && rows.every((r) => r.errors === 0);
console.log(ok ? "OK: nothing lost, no errors." : "FAILED: see above.");
process.exit(ok ? 0 : 1);
