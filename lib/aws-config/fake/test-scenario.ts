// A scenario big enough to page through every operation: 60 rules in the home account (three pages
// of DescribeConfigRules), one rule with 23 results, rules and resources in a second account for
// the aggregator, and two conformance packs. Times carry milliseconds to prove they survive the
// epoch-seconds round trip.
import type { ComplianceType, FakeConfigurationItem, FakeEvaluationResult, FakeRule, Scenario } from "./scenario";

export const HOME_ACCOUNT = "123456789012";
export const OTHER_ACCOUNT = "210987654321";
export const AGGREGATOR = "org-aggregator";

const BASE = Date.UTC(2026, 0, 15, 9, 30, 0, 123);
const MINUTE = 60_000;
const cycle: ComplianceType[] = ["COMPLIANT", "NON_COMPLIANT", "INSUFFICIENT_DATA"];

function results(count: number, at: number): FakeEvaluationResult[] {
  return Array.from({ length: count }, (_, i) => ({
    resourceType: "AWS::EC2::SecurityGroup",
    resourceId: `sg-${String(i).padStart(4, "0")}`,
    compliance: i % 4 === 0 ? "NON_COMPLIANT" : "COMPLIANT",
    recordedAt: new Date(at + i * 1_001),
    ...(i % 4 === 0 && { annotation: `Port 22 open to 0.0.0.0/0 on sg-${String(i).padStart(4, "0")}` }),
  }));
}

function homeRule(i: number): FakeRule {
  const name = `rule-${String(i).padStart(3, "0")}`;
  const rule: FakeRule = { name, identifier: "INCOMING_SSH_DISABLED", compliance: cycle[i % 3] ?? "COMPLIANT", lastEvaluatedAt: new Date(BASE - i * MINUTE - i) };
  if (i === 1) return { ...rule, compliance: "NON_COMPLIANT", results: results(23, BASE), parameters: { authorizedTcpPorts: "443,8443" } };
  if (i === 2) return { ...rule, identifier: undefined, lastEvaluatedAt: null, lastErrorCode: "AccessDenied", lastErrorMessage: "Lambda could not be invoked" };
  if (i % 3 === 1) return { ...rule, nonCompliantCount: i === 4 ? 150 : i };
  return rule;
}

export function testScenario(overrides: Partial<Scenario> = {}): Scenario {
  const rules: FakeRule[] = [
    ...Array.from({ length: 60 }, (_, i) => homeRule(i + 1)),
    {
      name: "rule-001",
      identifier: "INCOMING_SSH_DISABLED",
      compliance: "COMPLIANT",
      accountId: OTHER_ACCOUNT,
      region: "eu-west-1",
      lastEvaluatedAt: new Date(BASE),
      results: [{ resourceType: "AWS::EC2::SecurityGroup", resourceId: "sg-other", compliance: "COMPLIANT", recordedAt: new Date(BASE + 7) }],
    },
  ];
  const bucket = (i: number, accountId?: string): FakeConfigurationItem => ({
    resourceType: "AWS::S3::Bucket",
    resourceId: `bucket-${accountId ?? HOME_ACCOUNT}-${i}`,
    resourceName: `bucket-${i}`,
    ...(accountId !== undefined && { accountId, region: "eu-west-1" }),
    arn: `arn:aws:s3:::bucket-${i}`,
    configuration: { creationDate: new Date(BASE - i * 86_400_000).toISOString(), versioning: { status: i % 2 ? "Enabled" : "Suspended" } },
  });
  return {
    accountId: HOME_ACCOUNT,
    region: "us-east-1",
    rules,
    resources: [
      ...Array.from({ length: 7 }, (_, i) => bucket(i)),
      { resourceType: "AWS::EC2::Instance", resourceId: "i-0abc", configuration: { instanceType: "t3.micro" } },
      ...Array.from({ length: 2 }, (_, i) => bucket(i, OTHER_ACCOUNT)),
    ],
    conformancePacks: [
      { name: "operational-best-practices", rules: ["rule-001", "rule-003", "rule-004", "rule-005"], score: "50.0", compliance: "NON_COMPLIANT" },
      { name: "backup-pack", rules: ["rule-003", "rule-006"], compliance: "COMPLIANT" },
    ],
    aggregators: [AGGREGATOR],
    ...overrides,
  };
}

export const TEST_BASE_TIME = BASE;
