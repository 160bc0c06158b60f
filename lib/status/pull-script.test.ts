import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { demoScenario } from "@/lib/aws-config/demo-scenario";
import type { Scenario } from "@/lib/aws-config/fake/scenario";
import { startFakeAwsConfig, type FakeAwsConfigServer } from "@/lib/aws-config/fake/server";
import { loadStatusConfig } from "./config";
import { parseSnapshotFile } from "./snapshot-file";

// `npm run status:pull` as a pipeline runs it: real SDK, local AWS Config endpoint, a file out.
let server: FakeAwsConfigServer | undefined;
let dir = "";

async function pull(scenario: Scenario, extraEnv: Record<string, string> = {}) {
  server = await startFakeAwsConfig(scenario);
  dir = mkdtempSync(path.join(tmpdir(), "pull-"));
  const file = path.join(dir, "snapshot.json");
  const env = {
    ...process.env, AWS_ENDPOINT_URL_CONFIG_SERVICE: server.url, AWS_ACCESS_KEY_ID: "AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY: "secret",
    AWS_REGION: "us-east-1", STATUS_FILE: file, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", ...extraEnv,
  };
  // Spawned asynchronously: the fake endpoint runs in this process and must keep answering.
  const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/status-pull.mts"], { env });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { status, output, file };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("npm run status:pull", () => {
  it("writes a snapshot that the file source accepts", async () => {
    const { status, file, output } = await pull(demoScenario());
    expect(status).toBe(0);
    expect(output).toContain("database-backups=passing");
    const snapshot = parseSnapshotFile(readFileSync(file, "utf8"), loadStatusConfig());
    expect(snapshot.backups.find((b) => b.id === "database-backups")?.newestAgeMinutes).toBe(12);
  });

  it("writes unknowns, and logs the IAM action, when access is denied", async () => {
    const { status, file, output } = await pull({ ...demoScenario(), faults: [{ kind: "denied", operation: "DescribeConfigRules" }] });
    expect(status).toBe(0);
    expect(output).toContain("config:DescribeConfigRules");
    const snapshot = parseSnapshotFile(readFileSync(file, "utf8"), loadStatusConfig());
    expect(snapshot.controls.every((c) => c.state === "unknown")).toBe(true);
  });

  it("fails and writes nothing under STATUS_STRICT=1", async () => {
    const { status, file, output } = await pull({ ...demoScenario(), faults: [{ kind: "denied", operation: "DescribeConfigRules" }] }, { STATUS_STRICT: "1" });
    expect(status).toBe(1);
    expect(output).toContain("STATUS_STRICT=1");
    expect(existsSync(file)).toBe(false);
  });
});
