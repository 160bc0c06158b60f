import { describe, expect, it } from "vitest";
import type { ConfigFacts } from "@/lib/aws-config/types";
import { buildSnapshot, effectiveState } from "./snapshot";
import { config, facts, minutesAgo, NOW, rule } from "@/test/status/builders";

const snapshot = (f: ConfigFacts) => buildSnapshot(config, f, [], "aws");
const control = (f: ConfigFacts, id: string) => snapshot(f).controls.find((c) => c.id === id);
const backup = (f: ConfigFacts, id: string) => snapshot(f).backups.find((b) => b.id === id);
const recoveryRule = (name: string, hours: number, compliance: "COMPLIANT" | "NON_COMPLIANT" = "COMPLIANT") =>
  rule(name, {
    identifier: "RDS_LAST_BACKUP_RECOVERY_POINT_CREATED",
    parameters: { recoveryPointAgeValue: String(hours), recoveryPointAgeUnit: "hours" },
    compliance,
  });
const everyRule = (extra: ReturnType<typeof rule>[] = []) => [
  rule("restricted-ssh"),
  rule("sg-ports"),
  rule("internal-rule"),
  ...extra,
];

describe("controls", () => {
  it("pass when every rule is compliant and recently evaluated; the evidence time is the oldest evaluation", () => {
    const c = control(
      facts([
        rule("restricted-ssh", { evaluatedAt: minutesAgo(5) }),
        rule("sg-ports", { evaluatedAt: minutesAgo(50) }),
      ]),
      "firewalls",
    );
    expect(c).toMatchObject({
      state: "passing",
      reason: { code: "rules_compliant", rules: 2 },
      evidenceAt: minutesAgo(50).toISOString(),
    });
  });

  it("fail when any rule is non-compliant, even if its evaluation is old", () => {
    const c = control(
      facts([rule("restricted-ssh", { compliance: "NON_COMPLIANT", evaluatedAt: minutesAgo(600) }), rule("sg-ports")]),
      "firewalls",
    );
    expect(c).toMatchObject({ state: "failing", reason: { code: "rules_non_compliant", failing: 1, rules: 2 } });
  });

  it("are unknown, never passing, when a rule named in the config does not exist", () => {
    expect(control(facts([rule("restricted-ssh")]), "firewalls")).toMatchObject({
      state: "unknown",
      reason: { code: "rule_missing", rules: 1 },
    });
  });

  it("are unknown when a rule has no result yet or its evaluation failed", () => {
    expect(
      control(facts([rule("restricted-ssh", { compliance: "INSUFFICIENT_DATA" }), rule("sg-ports")]), "firewalls")
        ?.state,
    ).toBe("unknown");
    expect(
      control(facts([rule("restricted-ssh", { lastError: "AccessDenied" }), rule("sg-ports")]), "firewalls"),
    ).toMatchObject({ state: "unknown", reason: { code: "evaluation_error" } });
    expect(
      control(facts([rule("restricted-ssh", { compliance: "NOT_APPLICABLE" }), rule("sg-ports")]), "firewalls")?.state,
    ).toBe("unknown");
  });

  it("are stale when the last evaluation is older than the staleness limit", () => {
    const c = control(facts([rule("restricted-ssh", { evaluatedAt: minutesAgo(180) }), rule("sg-ports")]), "firewalls");
    expect(c).toMatchObject({ state: "stale", reason: { code: "evaluation_old", at: minutesAgo(180).toISOString() } });
  });

  it("are unknown with the cause when AWS Config could not be read", () => {
    const f: ConfigFacts = {
      ...facts([]),
      rules: { ok: false, failure: { code: "denied", operation: "DescribeConfigRules", detail: "" } },
    };
    expect(control(f, "firewalls")).toMatchObject({
      state: "unknown",
      reason: { code: "source_error", error: "denied", since: NOW.toISOString() },
    });
  });

  it("publish rule names only where the operator allowed it", () => {
    const s = snapshot(facts(everyRule()));
    expect(s.controls.find((c) => c.id === "firewalls")?.rules.map((r) => r.name)).toEqual([
      "restricted-ssh",
      "sg-ports",
    ]);
    expect(s.controls.find((c) => c.id === "private")?.rules).toEqual([]);
    expect(JSON.stringify(s)).not.toContain("internal-rule");
  });
});

describe("backup freshness against the promise", () => {
  it("passes when the newest recovery point is younger than promised", () => {
    const b = backup(
      facts([recoveryRule("rds-recovery-point", 1)], {
        "database-backups": { kind: "RDS", createdAt: minutesAgo(12) },
      }),
      "database-backups",
    );
    expect(b).toMatchObject({
      state: "passing",
      newestAgeMinutes: 12,
      maxAgeMinutes: 30,
      reason: { code: "recovery_point_fresh", ageMinutes: 12 },
      evidenceAt: NOW.toISOString(),
    });
  });

  it("fails, saying how late, when the newest recovery point is older than promised", () => {
    const b = backup(
      facts([recoveryRule("rds-recovery-point", 1)], {
        "database-backups": { kind: "RDS", createdAt: minutesAgo(47) },
      }),
      "database-backups",
    );
    expect(b).toMatchObject({
      state: "failing",
      reason: { code: "recovery_point_late", ageMinutes: 47, maxAgeMinutes: 30 },
    });
  });

  it("is not passing when the only evidence is a rule that checks a longer window than the claim", () => {
    const b = backup(facts([recoveryRule("rds-recovery-point", 1)]), "database-backups");
    expect(b).toMatchObject({
      state: "unknown",
      verifiedWithinMinutes: 60,
      reason: { code: "weaker_evidence", verifiedMinutes: 60, maxAgeMinutes: 30 },
    });
  });

  it("fails when a rule with a window at least as long as the claim finds no recovery point", () => {
    const b = backup(facts([recoveryRule("rds-recovery-point", 1, "NON_COMPLIANT")]), "database-backups");
    expect(b).toMatchObject({ state: "failing", reason: { code: "rule_contradicts", verifiedMinutes: 60 } });
  });

  it("passes on a compliant rule whose window fits the claim", () => {
    const b = backup(facts([recoveryRule("s3-recovery-point", 3)]), "configuration-backups");
    expect(b).toMatchObject({
      state: "passing",
      reason: { code: "rule_verifies", verifiedMinutes: 180, maxAgeMinutes: 180 },
    });
  });

  it("does not count a compliant rule that checked no resource", () => {
    const f = facts([recoveryRule("s3-recovery-point", 3)]);
    f.ruleResults.set("s3-recovery-point", {
      ok: true,
      value: { compliant: 0, nonCompliant: 0, oldestRecordedAt: undefined },
    });
    expect(backup(f, "configuration-backups")).toMatchObject({ state: "unknown", reason: { code: "no_data" } });
  });

  it("is unknown when there is no recovery point and no rule", () => {
    expect(backup(facts([], { "database-backups": undefined }), "database-backups")).toMatchObject({
      state: "unknown",
      reason: { code: "rule_missing" },
    });
  });

  it("is unknown with the cause when recovery points could not be read, rather than trusting a weaker rule", () => {
    const f = facts([recoveryRule("rds-recovery-point", 1)]);
    f.recoveryPoints.set("database-backups", {
      ok: false,
      failure: { code: "timeout", operation: "SelectResourceConfig", detail: "" },
    });
    expect(backup(f, "database-backups")).toMatchObject({ state: "unknown", reason: { code: "weaker_evidence" } });
    f.rules = { ok: false, failure: { code: "timeout", operation: "DescribeConfigRules", detail: "" } };
    expect(backup(f, "database-backups")).toMatchObject({
      state: "unknown",
      reason: { code: "source_error", error: "timeout" },
    });
  });
});

describe("the snapshot", () => {
  it("expires after the staleness limit and then reads as stale, whatever it said", () => {
    const s = snapshot(facts(everyRule()));
    expect(s.expiresAt).toBe(new Date(NOW.getTime() + 2 * 3600_000).toISOString());
    expect(effectiveState("passing", s, new Date(NOW.getTime() + 3600_000))).toBe("passing");
    expect(effectiveState("passing", s, new Date(NOW.getTime() + 3 * 3600_000))).toBe("stale");
    expect(effectiveState("failing", s, new Date(NOW.getTime() + 3 * 3600_000))).toBe("stale");
  });
});
