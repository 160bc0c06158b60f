// Every advanced query (SelectResourceConfig / SelectAggregateResourceConfig) the site can send.
// Property names are case-sensitive and spelled per resource type exactly as AWS's own property
// lists (awslabs/aws-config-resource-schema) spell them: AWS Backup's are PascalCase, RDS's
// camelCase. expressions.test.ts checks each against the copies in test/aws-config/resource-schema/.

export const RECOVERY_POINT = "AWS::Backup::RecoveryPoint";
export const DB_SNAPSHOT = "AWS::RDS::DBSnapshot";
export const DB_CLUSTER_SNAPSHOT = "AWS::RDS::DBClusterSnapshot";
export const CONFIGURATION_RECORDER = "AWS::Config::ConfigurationRecorder";

const select = (resourceType: string, properties: string[]) =>
  `SELECT ${properties.join(", ")} WHERE resourceType = '${resourceType}'`;

/** AWS Backup recovery points: when each was created, of what kind of resource, and whether it completed. */
export const RECOVERY_POINTS = select(RECOVERY_POINT, [
  "configuration.CreationDate",
  "configuration.ResourceType",
  "configuration.Status",
]);

/** RDS instance and cluster snapshots (automated and manual): when each was taken, and whether it is available. */
export const RDS_SNAPSHOTS: Record<string, string> = {
  [DB_SNAPSHOT]: select(DB_SNAPSHOT, ["configuration.snapshotCreateTime", "configuration.status"]),
  [DB_CLUSTER_SNAPSHOT]: select(DB_CLUSTER_SNAPSHOT, ["configuration.snapshotCreateTime", "configuration.status"]),
};

/**
 * The aggregator's view of every source's configuration recorder (Describe* only sees the
 * management account's own). accountId and awsRegion only count places; they never leave this layer.
 */
export const RECORDERS = select(CONFIGURATION_RECORDER, [
  "accountId",
  "awsRegion",
  "configuration.Recording",
  "configuration.RecordingGroup.AllSupported",
  "configuration.RecordingGroup.ResourceTypes",
  "configuration.RecordingGroup.ExclusionByResourceTypes.ResourceTypes",
  "configuration.RecordingGroup.RecordingStrategy.UseOnly",
  "configuration.RecordingMode.RecordingFrequency",
]);

/** For the property-list test and the docs: every expression above. */
export const ALL_EXPRESSIONS: string[] = [RECOVERY_POINTS, ...Object.values(RDS_SNAPSHOTS), RECORDERS];
