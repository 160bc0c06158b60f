import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadAccount } from "@/test/aws-config-server/account";
import type { Fault } from "@/test/aws-config-server/faults";
import { startAwsConfigServer, type AwsConfigServer } from "@/test/aws-config-server/server";
import { loadStatusConfig } from "./config";
import { JsonLinesHistoryStore } from "./history/jsonl-store";
import { parseSnapshotFile } from "./snapshot-file";

// `npm run status:pull` as a pipeline runs it: real SDK, local AWS Config endpoint, files out.
let server: AwsConfigServer | undefined;
let dir = "";

async function pull(faults: Fault[] = [], extraEnv: Record<string, string> = {}) {
  server = await startAwsConfigServer(loadAccount("demo"), { faults });
  dir = mkdtempSync(path.join(tmpdir(), "pull-"));
  const file = path.join(dir, "snapshot.json");
  const env = {
    ...process.env,
    AWS_ENDPOINT_URL_CONFIG_SERVICE: server.url,
    AWS_ACCESS_KEY_ID: "AKIDEXAMPLE",
    AWS_SECRET_ACCESS_KEY: "secret",
    AWS_REGION: "us-east-1",
    STATUS_FILE: file,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    ...extraEnv,
  };
  // Spawned asynchronously: the local endpoint runs in this process and must keep answering.
  const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/status-pull.mts"], { env });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { status, output, file, history: path.join(dir, "snapshot.history.jsonl") };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("npm run status:pull", () => {
  it("writes a snapshot that the file source accepts, and appends it to the history beside it", async () => {
    const { status, file, output, history } = await pull();
    expect(status).toBe(0);
    expect(output).toContain("database-backups=passing");
    const snapshot = parseSnapshotFile(readFileSync(file, "utf8"), loadStatusConfig());
    expect(snapshot.backups.find((b) => b.id === "database-backups")?.newestAgeMinutes).toBe(12);
    const kept = new JsonLinesHistoryStore(history).since(new Date(0));
    expect(kept.map((e) => e.at)).toEqual([snapshot.generatedAt]);
    expect(kept[0]?.items.find((i) => i.id === "database-backups")?.state).toBe("passing");
  });

  it("writes unknowns, and logs the IAM action, when access is denied", async () => {
    const { status, file, output } = await pull([{ kind: "denied", operation: "DescribeConfigRules" }]);
    expect(status).toBe(0);
    expect(output).toContain("config:DescribeConfigRules");
    const snapshot = parseSnapshotFile(readFileSync(file, "utf8"), loadStatusConfig());
    expect(snapshot.controls.every((c) => c.state === "unknown")).toBe(true);
  });

  it("fails and writes nothing under STATUS_STRICT=1", async () => {
    const { status, file, output, history } = await pull([{ kind: "denied", operation: "DescribeConfigRules" }], {
      STATUS_STRICT: "1",
    });
    expect(status).toBe(1);
    expect(output).toContain("STATUS_STRICT=1");
    expect(existsSync(file)).toBe(false);
    expect(existsSync(history)).toBe(false);
  });
});
