// A large account for `npm run bench:status`, made in AWS's shapes like the JSON accounts (and
// checked against them by lib/aws-config/fixtures.test.ts): many rules, many evaluation results
// for the backup rules, many recovery points.
import type { Account, Json } from "./account";

export type BenchSize = { rules: number; backupRules: number; results: number; recoveryPoints: number; now: number };

const ACCOUNT = "123456789012";
const REGION = "us-east-1";
const seconds = (ms: number) => ms / 1000;

export function benchAccount({ rules, backupRules, results, recoveryPoints, now }: BenchSize): Account {
  const names = Array.from({ length: rules }, (_, i) => `bench-rule-${String(i).padStart(4, "0")}`);
  const backup = (i: number) => i < backupRules;
  const ConfigRules: Json[] = names.map((name, i) => ({
    ConfigRuleName: name,
    ConfigRuleArn: `arn:aws:config:${REGION}:${ACCOUNT}:config-rule/config-rule-${i.toString(36).padStart(6, "0")}`,
    ConfigRuleId: `config-rule-${i.toString(36).padStart(6, "0")}`,
    Source: {
      Owner: "AWS",
      SourceIdentifier: backup(i) ? "RDS_LAST_BACKUP_RECOVERY_POINT_CREATED" : "INCOMING_SSH_DISABLED",
    },
    InputParameters: JSON.stringify(backup(i) ? { recoveryPointAgeValue: "1", recoveryPointAgeUnit: "hours" } : {}),
    ConfigRuleState: "ACTIVE",
    EvaluationModes: [{ Mode: "DETECTIVE" }],
  }));
  const compliance = (i: number) => (i % 97 === 5 ? "NON_COMPLIANT" : "COMPLIANT");
  const evaluated = seconds(now - 20 * 60_000);
  const EvaluationResults: Json[] = names.slice(0, backupRules).flatMap((name, i) =>
    Array.from({ length: results / backupRules }, (_, j) => ({
      EvaluationResultIdentifier: {
        EvaluationResultQualifier: {
          ConfigRuleName: name,
          ResourceType: "AWS::RDS::DBInstance",
          ResourceId: `db-${i}-${j}`,
          EvaluationMode: "DETECTIVE",
        },
        OrderingTimestamp: seconds(now - 26 * 60_000),
      },
      ComplianceType: "COMPLIANT",
      ResultRecordedTime: seconds(now - 25 * 60_000),
      ConfigRuleInvokedTime: seconds(now - 25 * 60_000 - 2_000),
    })),
  );
  const items: Json[] = Array.from({ length: recoveryPoints }, (_, i) => ({
    version: "1.3",
    accountId: ACCOUNT,
    configurationItemCaptureTime: seconds(now - (8 + i * 30) * 60_000),
    configurationItemStatus: "ResourceDiscovered",
    resourceType: "AWS::Backup::RecoveryPoint",
    resourceId: `rp-${i}`,
    awsRegion: REGION,
    configuration: JSON.stringify({
      ResourceType: "RDS",
      Status: "COMPLETED",
      CreationDate: new Date(now - (10 + i * 30) * 60_000).toISOString(),
      BackupVaultName: "bench-vault",
    }),
    supplementaryConfiguration: {},
  }));
  return {
    accountId: ACCOUNT,
    region: REGION,
    aggregators: [],
    responses: {
      DescribeConfigRules: { ConfigRules },
      DescribeComplianceByConfigRule: {
        ComplianceByConfigRules: names.map((name, i) => ({
          ConfigRuleName: name,
          Compliance: { ComplianceType: compliance(i) },
        })),
      },
      DescribeConfigRuleEvaluationStatus: {
        ConfigRulesEvaluationStatus: names.map((name, i) => ({
          ConfigRuleName: name,
          ConfigRuleArn: ConfigRules[i]?.ConfigRuleArn,
          ConfigRuleId: ConfigRules[i]?.ConfigRuleId,
          LastSuccessfulEvaluationTime: evaluated,
          FirstEvaluationStarted: true,
        })),
      },
      GetComplianceDetailsByConfigRule: { EvaluationResults },
      BatchGetResourceConfig: { baseConfigurationItems: items },
      DescribeConfigurationRecorders: {
        ConfigurationRecorders: [
          {
            name: "default",
            recordingGroup: { allSupported: true },
            recordingMode: { recordingFrequency: "CONTINUOUS" },
          },
        ],
      },
      DescribeConfigurationRecorderStatus: {
        ConfigurationRecordersStatus: [{ name: "default", recording: true, lastStatus: "Success" }],
      },
      DescribeConformancePackCompliance: [],
      ListConformancePackComplianceScores: { ConformancePackComplianceScores: [] },
      DescribeAggregateComplianceByConfigRules: { AggregateComplianceByConfigRules: [] },
      GetAggregateComplianceDetailsByConfigRule: { AggregateEvaluationResults: [] },
      DescribeAggregateComplianceByConformancePacks: { AggregateComplianceByConformancePacks: [] },
      DescribeConfigurationAggregatorSourcesStatus: { AggregatedSourceStatusList: [] },
    },
  };
}
