import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseStatusConfig, type StatusConfig } from "@/lib/status/config";
import { pullSnapshot } from "@/lib/status/pull";
import { DEMO_ACCOUNT, demoScenario } from "./demo-scenario";
import type { Fault, Scenario } from "./fake/scenario";
import { startFakeAwsConfig, type FakeAwsConfigServer } from "./fake/server";

// The real SDK, through our provider layer, against a local server speaking AWS Config's JSON
// 1.1 protocol: every state a reader can see, and every fault, end to end.
const base = parseStatusConfig(readFileSync("content/controls.yaml", "utf8"));
const fast: StatusConfig = { ...base, source: { ...base.source, requestTimeout: 400, maxAttempts: 2 } };
let server: FakeAwsConfigServer | undefined;
let warnings: string[] = [];

async function pull(scenario: Scenario, config: StatusConfig = fast) {
  server = await startFakeAwsConfig(scenario);
  vi.stubEnv("AWS_ENDPOINT_URL_CONFIG_SERVICE", server.url);
  return pullSnapshot("aws", config);
}

const withFaults = (...faults: Fault[]): Scenario => ({ ...demoScenario(), faults });
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
  it("turns a healthy account into passing controls and fresh backups", async () => {
    const { snapshot, failures } = await pull(demoScenario());
    expect(failures).toEqual([]);
    expect(snapshot.controls.map((c) => c.state)).toEqual(["passing", "passing", "passing", "passing"]);
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({ state: "passing", newestAgeMinutes: 12, verifiedWithinMinutes: 60 });
    expect(byId(snapshot.backups, "configuration-backups")).toMatchObject({ state: "passing", newestAgeMinutes: 47 });
  });

  it("never lets account ids, ARNs, resource ids or annotations into the snapshot", async () => {
    const { snapshot } = await pull(demoScenario());
    const json = JSON.stringify(snapshot);
    for (const secret of [DEMO_ACCOUNT, "arn:aws", "upkeep-prod-db-7qhk3zp2", "upkeep-prod-vault", "checked", "config-rule-"]) expect(json).not.toContain(secret);
  });

  it("shows a late backup as failing, with how late", async () => {
    const scenario = demoScenario();
    scenario.resources = scenario.resources.filter((r) => !(r.configuration.resourceType === "RDS" && ["12", "42"].some((m) => r.configuration.creationDate === new Date(Date.now() - Number(m) * 60_000).toISOString())));
    const late = demoScenario(Date.now() - 35 * 60_000); // every recovery point 35 minutes older
    const { snapshot } = await pull({ ...scenario, resources: late.resources });
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({ state: "failing", reason: { code: "recovery_point_late", ageMinutes: 47, maxAgeMinutes: 30 } });
  });

  it("names a rule that does not exist as unknown, and still reads the others", async () => {
    const scenario = demoScenario();
    scenario.rules = scenario.rules.filter((r) => r.name !== "restricted-ssh");
    const { snapshot } = await pull(scenario);
    expect(byId(snapshot.controls, "firewalls-default-deny")).toMatchObject({ state: "unknown", reason: { code: "rule_missing", rules: 1 } });
    expect(byId(snapshot.controls, "encrypted-connections")?.state).toBe("passing");
    expect(server?.calls.some((c) => c.operation === "DescribeConfigRules" && c.status === 400)).toBe(true);
  });

  it("reports a non-compliant rule as failing", async () => {
    const scenario = demoScenario();
    const target = scenario.rules.find((r) => r.name === "vpc-sg-open-only-to-authorized-ports");
    if (target) target.compliance = "NON_COMPLIANT";
    const { snapshot } = await pull(scenario);
    expect(byId(snapshot.controls, "firewalls-default-deny")).toMatchObject({ state: "failing", reason: { code: "rules_non_compliant", failing: 1, rules: 3 } });
  });

  it("reads organisation-wide status through an aggregator", async () => {
    const config = { ...fast, source: { ...fast.source, aggregator: "org-wide" } };
    const { snapshot, failures } = await pull({ ...demoScenario(), aggregators: ["org-wide"] }, config);
    expect(failures).toEqual([]);
    expect(snapshot.source.aggregated).toBe(true);
    expect(snapshot.controls.every((c) => c.state === "passing")).toBe(true);
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({ state: "passing", newestAgeMinutes: 12 });
    expect(server?.calls.some((c) => c.operation === "DescribeAggregateComplianceByConfigRules")).toBe(true);
  });

  it("scores a control backed by a conformance pack", async () => {
    const config: StatusConfig = {
      ...fast,
      controls: [
        { id: "pack-ok", title: { en: "Pack", zh: "包" }, rules: [], conformancePack: "upkeep-baseline", publicRuleNames: false },
        { id: "pack-bad", title: { en: "Pack", zh: "包" }, rules: [], conformancePack: "upkeep-strict", publicRuleNames: false },
      ],
    };
    const scenario = demoScenario();
    scenario.conformancePacks = [
      { name: "upkeep-baseline", rules: ["restricted-ssh", "rds-instance-public-access-check"], score: "100", compliance: "COMPLIANT" },
      { name: "upkeep-strict", rules: ["restricted-ssh", "vpc-sg-open-only-to-authorized-ports"], score: "50", compliance: "NON_COMPLIANT" },
    ];
    const strict = scenario.rules.find((r) => r.name === "vpc-sg-open-only-to-authorized-ports");
    if (strict) strict.compliance = "NON_COMPLIANT";
    const { snapshot, failures } = await pull(scenario, config);
    expect(failures).toEqual([]);
    expect(byId(snapshot.controls, "pack-ok")).toMatchObject({ state: "passing", reason: { code: "pack_score", score: 100 } });
    expect(byId(snapshot.controls, "pack-bad")).toMatchObject({ state: "failing", reason: { code: "pack_score", score: 50, compliant: false } });
  });

  it("says when the aggregator does not exist", async () => {
    const config = { ...fast, source: { ...fast.source, aggregator: "missing" } };
    const { snapshot } = await pull(demoScenario(), config);
    expect(byId(snapshot.controls, "firewalls-default-deny")).toMatchObject({ state: "unknown", reason: { code: "source_error", error: "not_found" } });
  });
});

describe("faults keep the build working and show unknown with the reason", () => {
  it("rides out brief throttling with retries", async () => {
    const { snapshot, failures } = await pull(withFaults({ kind: "throttle", operation: "DescribeComplianceByConfigRule", times: 1 }));
    expect(failures).toEqual([]);
    expect(snapshot.controls.every((c) => c.state === "passing")).toBe(true);
  });

  it("persistent throttling", async () => {
    const { snapshot } = await pull(withFaults({ kind: "throttle", operation: "DescribeConfigRules" }));
    expect(byId(snapshot.controls, "encrypted-connections")).toMatchObject({ state: "unknown", reason: { code: "source_error", error: "throttled" } });
    expect(warnings.join("\n")).toContain("DescribeConfigRules: throttled");
  });

  it("server errors", async () => {
    const { snapshot } = await pull(withFaults({ kind: "server-error", operation: "SelectResourceConfig", status: 503 }));
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({ state: "unknown", reason: { code: "weaker_evidence" } });
    expect(byId(snapshot.backups, "configuration-backups")).toMatchObject({ state: "passing", reason: { code: "rule_verifies" } });
    expect(snapshot.controls.every((c) => c.state === "passing")).toBe(true);
  });

  it("a hung endpoint times out instead of hanging the build", async () => {
    const started = Date.now();
    const { snapshot } = await pull(withFaults({ kind: "hang", operation: "DescribeConfigRuleEvaluationStatus" }));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(byId(snapshot.controls, "system-configuration")).toMatchObject({ state: "unknown", reason: { code: "source_error", error: "timeout" } });
  });

  it("a malformed body", async () => {
    const { snapshot } = await pull(withFaults({ kind: "malformed", operation: "DescribeComplianceByConfigRule" }));
    expect(byId(snapshot.controls, "database-access-control")).toMatchObject({ state: "unknown", reason: { code: "source_error", error: "malformed" } });
  });

  it("access denied, with the missing IAM action in the log", async () => {
    const { snapshot } = await pull(withFaults({ kind: "denied", operation: "SelectResourceConfig" }));
    expect(byId(snapshot.backups, "configuration-backups")?.state).toBe("passing");
    expect(byId(snapshot.backups, "database-backups")?.state).toBe("unknown");
    expect(warnings.join("\n")).toContain("config:SelectResourceConfig");
  });

  it("a failure half-way through pagination is never shown as complete data", async () => {
    // The first page holds the 12-minute-old recovery point: a partial read would look passing.
    const scenario = withFaults({ kind: "fail-page", operation: "SelectResourceConfig", page: 2 });
    scenario.pageSize = { SelectResourceConfig: 2 };
    const { snapshot, failures } = await pull(scenario);
    expect(failures.map((f) => f.operation)).toContain("SelectResourceConfig");
    expect(byId(snapshot.backups, "database-backups")).toMatchObject({ state: "unknown", newestAgeMinutes: null, reason: { code: "weaker_evidence", verifiedMinutes: 60 } });
    expect(byId(snapshot.backups, "configuration-backups")).toMatchObject({ state: "passing", reason: { code: "rule_verifies" } });
  });

  it("a rule's results breaking off half-way affect only the backup that relies on them", async () => {
    const scenario = withFaults({ kind: "fail-page", operation: "GetComplianceDetailsByConfigRule", page: 2 });
    scenario.pageSize = { GetComplianceDetailsByConfigRule: 1 };
    scenario.resources = scenario.resources.filter((r) => r.configuration.resourceType !== "S3");
    const s3 = scenario.rules.find((r) => r.name === "s3-last-backup-recovery-point-created");
    if (s3?.results?.[0]) s3.results.push({ ...s3.results[0], resourceId: "upkeep-prod-config-replica" });
    const { snapshot } = await pull(scenario);
    expect(byId(snapshot.backups, "configuration-backups")).toMatchObject({ state: "unknown", reason: { code: "source_error", error: "server" } });
    expect(byId(snapshot.backups, "database-backups")?.state).toBe("passing");
    expect(snapshot.controls.every((c) => c.state === "passing")).toBe(true);
  });

  it("an unreachable endpoint", async () => {
    server = await startFakeAwsConfig(demoScenario());
    const url = server.url;
    await server.close();
    server = undefined;
    vi.stubEnv("AWS_ENDPOINT_URL_CONFIG_SERVICE", url);
    const { snapshot } = await pullSnapshot("aws", fast);
    expect(snapshot.error).toMatchObject({ code: "unreachable" });
    expect([...snapshot.controls, ...snapshot.backups].every((i) => i.state === "unknown")).toBe(true);
  });
});
