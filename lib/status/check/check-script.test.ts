import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Account, loadAccount } from "@/test/aws-config-server/account";
import { editRecorder, withoutRule } from "@/test/aws-config-server/edit";
import type { Fault } from "@/test/aws-config-server/faults";
import { startAwsConfigServer, type AwsConfigServer } from "@/test/aws-config-server/server";

// `npm run status:check` as an operator runs it: the real SDK against a local AWS Config.
let server: AwsConfigServer | undefined;
const dirs: string[] = [];

async function check(args: string[] = [], account: Account = loadAccount("demo"), faults: Fault[] = []) {
  server = await startAwsConfigServer(account, { faults });
  const env = {
    ...process.env,
    AWS_ENDPOINT_URL_CONFIG_SERVICE: server.url,
    AWS_ACCESS_KEY_ID: "AKIDEXAMPLE",
    AWS_SECRET_ACCESS_KEY: "secret",
    AWS_REGION: "us-east-1",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
  const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/status-check.mts", ...args], {
    env,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  await server.close();
  server = undefined;
  return { status, output };
}

const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "check-"));
  dirs.push(dir);
  return dir;
};

afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("npm run status:check", () => {
  it("lists every control and backup target with what was found, and exits 0 when every widget has evidence", async () => {
    const { status, output } = await check();
    for (const id of [
      "firewalls-default-deny",
      "encrypted-connections",
      "database-access-control",
      "system-configuration",
      "database-backups",
      "configuration-backups",
    ])
      expect(output).toMatch(new RegExp(`^${id}\\s+passing`, "m"));
    expect(output).toContain("AWS::Backup::RecoveryPoint: 7 read, newest usable 12 min old");
    expect(output).toContain("No problems found.");
    expect(status).toBe(0);
  });

  it("names each missing rule, permission and recorder gap with its fix, and exits 1", async () => {
    const account = editRecorder(withoutRule(loadAccount("demo"), "restricted-ssh"), (r) => {
      r.recordingGroup = {
        allSupported: false,
        resourceTypes: ["AWS::RDS::DBSnapshot"],
        recordingStrategy: { useOnly: "INCLUSION_BY_RESOURCE_TYPES" },
      };
    });
    const { status, output } = await check([], account, [
      { kind: "denied", operation: "DescribeConformancePackCompliance" },
      { kind: "denied", operation: "GetComplianceDetailsByConfigRule" },
    ]);
    expect(status).toBe(1);
    expect(output).toMatch(/^firewalls-default-deny\s+unknown/m);
    expect(output).toContain("create the AWS Config rule restricted-ssh, or remove it from content/controls.yaml");
    expect(output).toContain("allow config:GetComplianceDetailsByConfigRule in the site's IAM policy");
    expect(output).toContain("[recorder] AWS::Backup::RecoveryPoint: not recorded");
    expect(output).toContain("add AWS::Backup::RecoveryPoint to the configuration recorder's recording group");
    expect(output).toMatch(/\d of 6 widgets would show no evidence/);
  });

  it("--record saves every response with identifiers replaced, and a replay of it shows the same states", async () => {
    const dir = tempDir();
    const recorded = await check(["--record", dir]);
    expect(recorded.status).toBe(0);
    const text = readdirSync(dir)
      .map((file) => readFileSync(path.join(dir, file), "utf8"))
      .join("\n");
    for (const identifier of [
      "210987654321",
      "upkeep-prod-db-7qhk3zp2",
      "config-rule-0ahhav",
      "in account",
      "b1f0c6e2-4d7a-4c51-9a3e-1f5d2c8b7e90",
    ])
      expect(text).not.toContain(identifier);
    expect(text).toContain("arn:aws:config:us-east-1:000000000001:redacted-");
    expect(text).toContain('"ResourceId": "resource-');
    expect(text).toContain("rds-last-backup-recovery-point-created");
    const replayed = await check(["--replay", dir]);
    expect(replayed.status).toBe(0);
    const states = (output: string) =>
      output
        .split("\n")
        .filter((line) => /^[a-z-]+\s+(passing|failing|unknown|stale)\s/.test(line))
        .map((line) => line.split(/\s+/).slice(0, 2).join(" "));
    expect(states(replayed.output)).toEqual(states(recorded.output));
    expect(replayed.output).toContain("newest usable 12 min old");
  });
});
