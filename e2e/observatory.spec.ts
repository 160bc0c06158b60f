import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { DomUtils, parseDocument } from "htmlparser2";
import { startTlsProxy, type TlsProxy } from "./support/tls-proxy";

type Check = { pass: boolean; result: string; scoreModifier: number; scoreDescription: string; recommendation: string };
type Observatory = {
  scan: { grade: string; score: number; testsPassed: number; testsQuantity: number };
  tests: Record<string, Check>;
};

// The proxy holds ports 80 and 443, which only one process can: keep this file on one worker.
test.describe.configure({ mode: "serial" });

// The scanner's descriptions are HTML snippets; printed as plain text.
const text = (html: string) => DomUtils.textContent(parseDocument(html)).replace(/\s+/g, " ").trim();
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

async function scanBehindProxy(upstream: string): Promise<Observatory> {
  let proxy: TlsProxy;
  try {
    proxy = await startTlsProxy({ upstream });
  } catch (error) {
    // Ports below 1024 need root, as `npm test` does to install Chromium; CI runs as root.
    const denied = (error as NodeJS.ErrnoException).code === "EACCES";
    throw denied
      ? new Error("binding ports 80 and 443 needs root (or net.ipv4.ip_unprivileged_port_start=80)", { cause: error })
      : error;
  }
  try {
    // A child process, because Node reads NODE_EXTRA_CA_CERTS (our test CA) only at start-up.
    // The scanner gives each site 10 s in all by default; a loaded 2-core CI machine needs more.
    const env = { ...process.env, NODE_EXTRA_CA_CERTS: proxy.caFile, ABORT_TIMEOUT: "30000", CLIENT_TIMEOUT: "25000" };
    const { stdout } = await promisify(execFile)(process.execPath, ["scripts/observatory-scan.mjs", "localhost"], {
      env,
      timeout: 60_000,
      maxBuffer: 16 << 20,
    });
    return JSON.parse(stdout) as Observatory;
  } finally {
    await proxy.close();
  }
}

test("the production site scores A+ on the MDN HTTP Observatory", async ({ baseURL }) => {
  test.setTimeout(90_000);
  const { scan, tests } = await scanBehindProxy(baseURL ?? "http://localhost:3100");
  await test
    .info()
    .attach("observatory.json", { body: JSON.stringify({ scan, tests }, null, 2), contentType: "application/json" });

  const lines = Object.entries(tests).map(
    ([name, check]) =>
      `  ${check.pass ? "pass" : "FAIL"} ${signed(check.scoreModifier ?? 0).padStart(3)}  ${name}: ${check.result}` +
      (check.pass ? "" : `\n         ${text(check.scoreDescription)} Fix: ${text(check.recommendation)}`),
  );
  console.log(
    `MDN HTTP Observatory: grade ${scan.grade}, score ${scan.score}, ${scan.testsPassed}/${scan.testsQuantity} checks passed\n${lines.join("\n")}`,
  );

  const failed = Object.entries(tests)
    .filter(([, check]) => !check.pass || check.scoreModifier < 0)
    .map(([name, check]) => `${name} (${check.result})`);
  expect(scan.grade, `grade ${scan.grade} (score ${scan.score}); failing: ${failed.join(", ") || "none"}`).toBe("A+");
});
