import type { FakeConfigurationItem, FakeRule, Scenario } from "./fake/scenario";

// A recorded-looking AWS Config account for the demo source: what `npm start` shows with no AWS
// account. Times are relative to now so the demo looks live; the ids, ARNs and annotations are
// the kind real responses carry, and must never reach a page (the e2e leak scan looks for them).
export const DEMO_ACCOUNT = "210987654321";
const MIN = 60_000;

function rule(name: string, identifier: string, evaluatedMinutesAgo: number, extra: Partial<FakeRule> = {}, now = Date.now()): FakeRule {
  const at = new Date(now - evaluatedMinutesAgo * MIN);
  // Every rule evaluates a few resources; their ids are the kind of detail that must stay private.
  const results = ["i-0a1b2c3d4e5f67890", "sg-0f9e8d7c6b5a43210"].map((resourceId) => ({
    resourceType: resourceId.startsWith("i-") ? "AWS::EC2::Instance" : "AWS::EC2::SecurityGroup",
    resourceId,
    compliance: "COMPLIANT" as const,
    recordedAt: at,
    annotation: `${name}: ${resourceId} in account ${DEMO_ACCOUNT} checked`,
  }));
  return { name, identifier, compliance: "COMPLIANT", lastEvaluatedAt: at, results, ...extra };
}

function recoveryPoint(index: number, kind: string, createdMinutesAgo: number, now: number): FakeConfigurationItem {
  const id = `${kind.toLowerCase()}-rp-${(1000 + index).toString(16)}e7f3a9c2`;
  const arn = `arn:aws:backup:us-east-1:${DEMO_ACCOUNT}:recovery-point:${id}`;
  return {
    resourceType: "AWS::Backup::RecoveryPoint",
    resourceId: arn,
    arn,
    accountId: DEMO_ACCOUNT,
    region: "us-east-1",
    configuration: {
      recoveryPointArn: arn,
      resourceArn: kind === "RDS" ? `arn:aws:rds:us-east-1:${DEMO_ACCOUNT}:db:upkeep-prod-db-7qhk3zp2` : `arn:aws:s3:::upkeep-prod-config-${DEMO_ACCOUNT}`,
      resourceType: kind,
      backupVaultName: "upkeep-prod-vault",
      status: "COMPLETED",
      creationDate: new Date(now - createdMinutesAgo * MIN).toISOString(),
    },
  };
}

export function demoScenario(now = Date.now()): Scenario {
  const results = (ruleName: string, type: string, ids: string[], recordedMinutesAgo: number) =>
    ids.map((id) => ({ resourceType: type, resourceId: id, compliance: "COMPLIANT" as const, recordedAt: new Date(now - recordedMinutesAgo * MIN), annotation: `${ruleName}: ${id} in account ${DEMO_ACCOUNT} checked` }));
  return {
    accountId: DEMO_ACCOUNT,
    region: "us-east-1",
    rules: [
      rule("restricted-ssh", "INCOMING_SSH_DISABLED", 22, {}, now),
      rule("vpc-sg-open-only-to-authorized-ports", "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS", 22, { parameters: { authorizedTcpPorts: "443" } }, now),
      rule("vpc-default-security-group-closed", "VPC_DEFAULT_SECURITY_GROUP_CLOSED", 41, {}, now),
      rule("elb-tls-https-listeners-only", "ELB_TLS_HTTPS_LISTENERS_ONLY", 35, {}, now),
      rule("alb-http-to-https-redirection-check", "ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK", 35, {}, now),
      rule("rds-instance-public-access-check", "RDS_INSTANCE_PUBLIC_ACCESS_CHECK", 18, {}, now),
      rule("rds-snapshots-public-prohibited", "RDS_SNAPSHOTS_PUBLIC_PROHIBITED", 18, {}, now),
      rule("ec2-instance-managed-by-systems-manager", "EC2_INSTANCE_MANAGED_BY_SSM", 51, {}, now),
      rule("approved-amis-by-tag", "APPROVED_AMIS_BY_TAG", 51, { parameters: { amisByTagKeyAndValue: "image-standard:current" } }, now),
      rule("rds-last-backup-recovery-point-created", "RDS_LAST_BACKUP_RECOVERY_POINT_CREATED", 26, {
        parameters: { recoveryPointAgeValue: "1", recoveryPointAgeUnit: "hours" },
        results: results("rds-last-backup-recovery-point-created", "AWS::RDS::DBInstance", ["upkeep-prod-db-7qhk3zp2", "upkeep-prod-db-replica-9f2k"], 26),
      }, now),
      rule("backup-plan-min-frequency-and-min-retention-check", "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK", 26, {
        parameters: { requiredFrequencyValue: "1", requiredFrequencyUnit: "hours", requiredRetentionDays: "35" },
        results: results("backup-plan-min-frequency-and-min-retention-check", "AWS::Backup::BackupPlan", ["b1f0c6e2-4d7a-4c51-9a3e-1f5d2c8b7e90"], 26),
      }, now),
      rule("s3-last-backup-recovery-point-created", "S3_LAST_BACKUP_RECOVERY_POINT_CREATED", 33, {
        parameters: { recoveryPointAgeValue: "3", recoveryPointAgeUnit: "hours" },
        results: results("s3-last-backup-recovery-point-created", "AWS::S3::Bucket", [`upkeep-prod-config-${DEMO_ACCOUNT}`], 33),
      }, now),
    ],
    resources: [
      // Database snapshots every 30 minutes; the newest is 12 minutes old.
      ...[12, 42, 72, 102].map((age, i) => recoveryPoint(i, "RDS", age, now)),
      // Configuration every 3 hours; the newest is 47 minutes old.
      ...[47, 227, 407].map((age, i) => recoveryPoint(10 + i, "S3", age, now)),
    ],
  };
}
