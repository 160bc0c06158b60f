import type { ConfigFacts, RecorderFacts, RecoveryPointFacts, RuleFacts } from "@/lib/aws-config/types";
import { parseStatusConfig } from "@/lib/status/config";

// Builders for status-model tests: a config and the facts AWS Config would report.
export const NOW = new Date("2026-11-28T14:05:00Z");
export const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);

export function rule(name: string, overrides: Partial<RuleFacts> = {}): RuleFacts {
  return {
    name,
    identifier: undefined,
    parameters: {},
    compliance: "COMPLIANT",
    evaluatedAt: minutesAgo(20),
    lastError: undefined,
    detective: true,
    ...overrides,
  };
}

/** A recorder that records every resource type continuously. */
export const recordingEverything: RecorderFacts = {
  recorders: 1,
  coverage: ["AWS::Backup::RecoveryPoint", "AWS::RDS::DBSnapshot", "AWS::RDS::DBClusterSnapshot"].map(
    (resourceType) => ({ resourceType, state: "recorded", gaps: 0 }),
  ),
};

export function facts(
  rules: RuleFacts[],
  points: Record<string, RecoveryPointFacts | undefined> = {},
  recorder: RecorderFacts = recordingEverything,
): ConfigFacts {
  return {
    takenAt: NOW,
    rules: { ok: true, value: new Map(rules.map((r) => [r.name, r])) },
    ruleResults: new Map(
      rules.map((r) => [
        r.name,
        { ok: true, value: { compliant: 2, nonCompliant: 0, oldestRecordedAt: r.evaluatedAt } },
      ]),
    ),
    packs: new Map(),
    recoveryPoints: new Map(
      Object.entries(points).map(([id, p]) => [
        id,
        {
          ok: true,
          value: { types: [{ resourceType: "AWS::Backup::RecoveryPoint", read: p ? 1 : 0, newest: p }], newest: p },
        },
      ]),
    ),
    recorder: { ok: true, value: recorder },
    aggregator: undefined,
  };
}

export const config = parseStatusConfig(`
source: { region: us-east-1, staleAfter: 2h }
controls:
  - id: firewalls
    title: { en: Firewalls, zh: 防火墙 }
    rules: [restricted-ssh, sg-ports]
    publicRuleNames: true
  - id: private
    title: { en: Private, zh: 私有 }
    rules: [internal-rule]
backups:
  - id: database-backups
    title: { en: Database snapshots, zh: 数据库快照 }
    maxAge: 30m
    rules: [rds-recovery-point]
    recoveryPoints: { backupResourceTypes: [RDS] }
  - id: configuration-backups
    title: { en: Configuration snapshots, zh: 配置快照 }
    maxAge: 3h
    rules: [s3-recovery-point]
`);
