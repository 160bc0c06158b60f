import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseStatusConfig, type StatusConfig } from "@/lib/status/config";
import { pullSnapshot } from "@/lib/status/pull";
import { type Account, loadAccount } from "@/test/aws-config-server/account";
import { editItems, editRecorder, olderBy, setCompliance, withoutRule } from "@/test/aws-config-server/edit";
import type { Fault } from "@/test/aws-config-server/faults";
import type { PageSizes } from "@/test/aws-config-server/pagination";
import { startAwsConfigServer, type AwsConfigServer } from "@/test/aws-config-server/server";

// The real SDK, through our provider layer, against a local server speaking AWS Config's JSON
// 1.1 protocol with AWS's own shapes (test/aws-config-server/accounts/demo.json): every state a
// reader can see, and every fault, end to end.
const base = parseStatusConfig(readFileSync("content/controls.yaml", "utf8"));
const fast: StatusConfig = { ...base, source: { ...base.source, requestTimeout: 400, maxAttempts: 2 } };
const MIN = 60_000;
let server: AwsConfigServer | undefined;
let warnings: string[] = [];

async function pull(
  account: Account = loadAccount("demo"),
  config: StatusConfig = fast,
  options: { faults?: Fault[]; pageSize?: PageSizes } = {},
) {
  server = await startAwsConfigServer(account, options);
  vi.stubEnv("AWS_ENDPOINT_URL_CONFIG_SERVICE", server.url);
  return pullSnapshot({ kind: "aws" }, config);
}

const withFaults = (...faults: Fault[]) => pull(loadAccount("demo"), fast, { faults });
const byId = <T extends { id: string }>(items: T[], id: string) => items.find((i) => i.id === id);

beforeEach(() => {
  vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "secret");
  vi.stubEnv("AWS_REGION", "us-east-1");
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((message: string) => void warnings.push(message));
});

afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

describe("reading AWS Config through the SDK", () => {
  it("shows the database backups passing from a 12-minute-old recovery point, as AWS spells it", async () => {
    const { snapshot, failures } = await pull();
    expect(failures).toEqual([]);
    expect(snapshot.controls.map((c) => c.state)).toEqual(["passing", "passing", "passing", "passing"]);
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({
      state: "passing",
      newestAgeMinutes: 12,
      verifiedWithinMinutes: 60,
      reason: { code: "recovery_point_fresh" },
    });
    expect(byId(snapshot.backups, "configuration-backups")).toMatchObject({ state: "passing", newestAgeMinutes: 47 });
  });

  it("never lets account ids, ARNs, resource ids or annotations into the snapshot", async () => {
    const { snapshot } = await pull();
    const json = JSON.stringify(snapshot);
    for (const secret of [
      "210987654321",
      "arn:aws",
      "upkeep-prod-db-7qhk3zp2",
      "upkeep-prod-vault",
      "checked",
      "config-rule-",
      "rds:upkeep",
    ])
      expect(json).not.toContain(secret);
  });

  it("shows a late backup as failing, with how late", async () => {
    const account = editItems(loadAccount("demo"), "AWS::Backup::RecoveryPoint", olderBy(35 * MIN, "CreationDate"));
    editItems(account, "AWS::RDS::DBSnapshot", olderBy(35 * MIN, "snapshotCreateTime"));
    const { snapshot } = await pull(account);
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({
      state: "failing",
      reason: { code: "recovery_point_late", ageMinutes: 47, maxAgeMinutes: 30 },
    });
  });

  it("counts only completed recovery points and available snapshots", async () => {
    const account = editItems(loadAccount("demo"), "AWS::Backup::RecoveryPoint", (c) =>
      c.ResourceType === "RDS" ? { ...c, Status: "PARTIAL" } : c,
    );
    editItems(account, "AWS::RDS::DBSnapshot", (c) => ({ ...c, status: "creating" }));
    const { snapshot } = await pull(account);
    // Only the rule is left, and its hour is weaker than the 30-minute promise.
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({
      state: "unknown",
      newestAgeMinutes: null,
      reason: { code: "weaker_evidence" },
    });
  });

  it("falls back on an RDS snapshot when AWS Backup has none", async () => {
    const account = editItems(loadAccount("demo"), "AWS::Backup::RecoveryPoint", (c) =>
      c.ResourceType === "RDS" ? undefined : c,
    );
    const { snapshot } = await pull(account);
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({
      state: "failing",
      newestAgeMinutes: 45,
      reason: { code: "recovery_point_late" },
    });
  });

  it("names a rule that does not exist as unknown, and still reads the others", async () => {
    const { snapshot } = await pull(withoutRule(loadAccount("demo"), "restricted-ssh"));
    expect(byId(snapshot.controls, "firewalls-default-deny")).toMatchObject({
      state: "unknown",
      reason: { code: "rule_missing", rules: 1 },
    });
    expect(byId(snapshot.controls, "encrypted-connections")?.state).toBe("passing");
    expect(server?.calls.some((c) => c.operation === "DescribeConfigRules" && c.status === 400)).toBe(true);
  });

  it("reports a non-compliant rule as failing", async () => {
    const { snapshot } = await pull(
      setCompliance(loadAccount("demo"), "vpc-sg-open-only-to-authorized-ports", "NON_COMPLIANT"),
    );
    expect(byId(snapshot.controls, "firewalls-default-deny")).toMatchObject({
      state: "failing",
      reason: { code: "rules_non_compliant", failing: 1, rules: 3 },
    });
  });

  it("never counts a PROACTIVE result, which judged a template before deployment, as evidence", async () => {
    const account = loadAccount("demo");
    for (const result of account.responses.GetComplianceDetailsByConfigRule.EvaluationResults) {
      (
        (result.EvaluationResultIdentifier as Record<string, Record<string, unknown>>)
          .EvaluationResultQualifier as Record<string, unknown>
      ).EvaluationMode = "PROACTIVE";
    }
    const { snapshot } = await pull(
      editItems(account, "AWS::Backup::RecoveryPoint", (c) => (c.ResourceType === "S3" ? undefined : c)),
    );
    // Without them the compliant rule checked no deployed resource; only the missing recovery points are left to say.
    expect(byId(snapshot.backups, "configuration-backups")).toMatchObject({
      state: "unknown",
      reason: { code: "no_recovery_point" },
    });
  });

  it("reads organisation-wide status through an aggregator", async () => {
    const config = { ...fast, source: { ...fast.source, aggregator: "org-wide" } };
    const { snapshot, failures, facts } = await pull(loadAccount("demo"), config);
    expect(failures).toEqual([]);
    expect(snapshot.source.aggregated).toBe(true);
    expect(snapshot.controls.every((c) => c.state === "passing")).toBe(true);
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({ state: "passing", newestAgeMinutes: 12 });
    expect(facts.recorder).toMatchObject({
      ok: true,
      value: { recorders: 1, coverage: [{ state: "recorded" }, { state: "recorded" }, { state: "recorded" }] },
    });
    expect(facts.aggregator).toEqual({ ok: true, value: { sources: 1, failed: 0, outdated: 0, errors: [] } });
    expect(server?.calls.some((c) => c.operation === "DescribeAggregateComplianceByConfigRules")).toBe(true);
  });

  it("says when the aggregator does not exist", async () => {
    const { snapshot } = await pull(loadAccount("demo"), {
      ...fast,
      source: { ...fast.source, aggregator: "missing" },
    });
    expect(byId(snapshot.controls, "firewalls-default-deny")).toMatchObject({
      state: "unknown",
      reason: { code: "source_error", error: "not_found" },
    });
  });
});

describe("the configuration recorder", () => {
  it("not recording recovery points: the reason says so, in place of a bare unknown", async () => {
    const account = editRecorder(loadAccount("demo"), (r) => {
      r.recordingGroup = {
        allSupported: false,
        resourceTypes: ["AWS::EC2::Instance", "AWS::RDS::DBSnapshot"],
        recordingStrategy: { useOnly: "INCLUSION_BY_RESOURCE_TYPES" },
      };
    });
    // What an account without recording has: no recovery points at all, and an old snapshot.
    editItems(account, "AWS::Backup::RecoveryPoint", () => undefined);
    const { snapshot } = await pull(account);
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({
      state: "unknown",
      reason: { code: "recorder_gap", resourceType: "AWS::Backup::RecoveryPoint", problem: "not_recorded" },
    });
    expect(byId(snapshot.backups, "configuration-backups")).toMatchObject({
      state: "passing",
      reason: { code: "rule_verifies" },
    });
  });

  // One account per test: the recorder stopped, with late or with fresh recovery points.
  const stopped = (account: Account) =>
    editRecorder(
      account,
      () => {},
      (s) => void (s.recording = false),
    );

  it("stopped: a late recovery point is not called late", async () => {
    const late = stopped(
      editItems(loadAccount("demo"), "AWS::Backup::RecoveryPoint", olderBy(35 * MIN, "CreationDate")),
    );
    editItems(late, "AWS::RDS::DBSnapshot", olderBy(35 * MIN, "snapshotCreateTime"));
    const { snapshot } = await pull(late);
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({
      state: "unknown",
      newestAgeMinutes: 47,
      reason: { code: "recorder_gap", problem: "stopped" },
    });
  });

  it("stopped: a fresh recovery point still counts", async () => {
    const { snapshot, facts } = await pull(stopped(loadAccount("demo")));
    expect(facts.recorder).toMatchObject({
      ok: true,
      value: { recorders: 1, coverage: [{ state: "stopped" }, { state: "stopped" }, { state: "stopped" }] },
    });
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({ state: "passing", newestAgeMinutes: 12 });
  });

  it("no recorder at all", async () => {
    const account = loadAccount("demo");
    account.responses.DescribeConfigurationRecorders.ConfigurationRecorders = [];
    account.responses.DescribeConfigurationRecorderStatus.ConfigurationRecordersStatus = [];
    editItems(account, "AWS::Backup::RecoveryPoint", () => undefined);
    const { snapshot } = await pull(account);
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({
      state: "unknown",
      reason: { code: "recorder_gap", problem: "no_recorder" },
    });
  });

  it("unreadable (denied): backups are judged on what was found, and the IAM action is logged", async () => {
    const { snapshot, failures } = await withFaults({ kind: "denied", operation: "DescribeConfigurationRecorders" });
    expect(failures.map((f) => f.operation)).toEqual(["DescribeConfigurationRecorders"]);
    expect(byId(snapshot.backups, "database-backups")?.state).toBe("passing");
    expect(warnings.join("\n")).toContain("config:DescribeConfigurationRecorders");
  });
});

describe("faults keep the build working and show unknown with the reason", () => {
  it("rides out brief throttling with retries", async () => {
    const { snapshot, failures } = await withFaults({
      kind: "throttle",
      operation: "DescribeComplianceByConfigRule",
      times: 1,
    });
    expect(failures).toEqual([]);
    expect(snapshot.controls.every((c) => c.state === "passing")).toBe(true);
  });

  it("persistent throttling", async () => {
    const { snapshot } = await withFaults({ kind: "throttle", operation: "DescribeConfigRules" });
    expect(byId(snapshot.controls, "encrypted-connections")).toMatchObject({
      state: "unknown",
      reason: { code: "source_error", error: "throttled" },
    });
    expect(warnings.join("\n")).toContain("DescribeConfigRules: throttled");
  });

  it("server errors", async () => {
    const { snapshot } = await withFaults({ kind: "server-error", operation: "SelectResourceConfig", status: 503 });
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({
      state: "unknown",
      reason: { code: "weaker_evidence" },
    });
    expect(byId(snapshot.backups, "configuration-backups")).toMatchObject({
      state: "passing",
      reason: { code: "rule_verifies" },
    });
    expect(snapshot.controls.every((c) => c.state === "passing")).toBe(true);
  });

  it("a hung endpoint times out instead of hanging the build", async () => {
    const started = Date.now();
    const { snapshot } = await withFaults({ kind: "hang", operation: "DescribeConfigRuleEvaluationStatus" });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(byId(snapshot.controls, "system-configuration")).toMatchObject({
      state: "unknown",
      reason: { code: "source_error", error: "timeout" },
    });
  });

  it("a malformed body", async () => {
    const { snapshot } = await withFaults({ kind: "malformed", operation: "DescribeComplianceByConfigRule" });
    expect(byId(snapshot.controls, "database-access-control")).toMatchObject({
      state: "unknown",
      reason: { code: "source_error", error: "malformed" },
    });
  });

  it("access denied, with the missing IAM action in the log", async () => {
    const { snapshot } = await withFaults({ kind: "denied", operation: "SelectResourceConfig" });
    expect(byId(snapshot.backups, "configuration-backups")?.state).toBe("passing");
    expect(byId(snapshot.backups, "database-backups")?.state).toBe("unknown");
    expect(warnings.join("\n")).toContain("config:SelectResourceConfig");
  });

  it("a failure half-way through pagination is never shown as complete data", async () => {
    // The first page holds the 12-minute-old recovery point: a partial read would look passing.
    const { snapshot, failures } = await pull(loadAccount("demo"), fast, {
      faults: [{ kind: "fail-page", operation: "SelectResourceConfig", page: 2 }],
      pageSize: { SelectResourceConfig: 2 },
    });
    expect(failures.map((f) => f.operation)).toContain("SelectResourceConfig");
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({
      state: "unknown",
      newestAgeMinutes: null,
      reason: { code: "weaker_evidence", verifiedMinutes: 60 },
    });
    expect(byId(snapshot.backups, "configuration-backups")).toMatchObject({
      state: "passing",
      reason: { code: "rule_verifies" },
    });
  });

  it("a rule's results breaking off half-way affect only the backup that relies on them", async () => {
    const account = editItems(loadAccount("demo"), "AWS::Backup::RecoveryPoint", (c) =>
      c.ResourceType === "S3" ? undefined : c,
    );
    const results = account.responses.GetComplianceDetailsByConfigRule.EvaluationResults;
    // A second resource under the rule, so its results take two pages and the second one fails.
    const s3 = results.find((r) => JSON.stringify(r).includes("s3-last-backup"));
    if (!s3) throw new Error("the demo account has no s3-last-backup result to duplicate");
    results.push(
      JSON.parse(
        JSON.stringify(s3).replace(/"ResourceId":"[^"]+"/, '"ResourceId":"upkeep-prod-config-replica"'),
      ) as typeof s3,
    );
    const { snapshot } = await pull(account, fast, {
      faults: [{ kind: "fail-page", operation: "GetComplianceDetailsByConfigRule", page: 2 }],
      pageSize: { GetComplianceDetailsByConfigRule: 1 },
    });
    expect(byId(snapshot.backups, "configuration-backups")).toMatchObject({
      state: "unknown",
      reason: { code: "source_error", error: "server" },
    });
    expect(byId(snapshot.backups, "database-backups")?.state).toBe("passing");
    expect(snapshot.controls.every((c) => c.state === "passing")).toBe(true);
  });

  it("an unreachable endpoint", async () => {
    server = await startAwsConfigServer(loadAccount("demo"));
    const url = server.url;
    await server.close();
    server = undefined;
    vi.stubEnv("AWS_ENDPOINT_URL_CONFIG_SERVICE", url);
    const { snapshot } = await pullSnapshot({ kind: "aws" }, fast);
    expect(snapshot.error).toMatchObject({ code: "unreachable" });
    expect([...snapshot.controls, ...snapshot.backups].every((i) => i.state === "unknown")).toBe(true);
  });
});
