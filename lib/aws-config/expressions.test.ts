import { afterEach, describe, expect, it, vi } from "vitest";
import { parseStatusConfig } from "@/lib/status/config";
import { parseExpression, unknownProperties } from "@/test/aws-config/property-lists";
import { loadAccount } from "@/test/aws-config-server/account";
import { startAwsConfigServer, type AwsConfigServer } from "@/test/aws-config-server/server";
import { ALL_EXPRESSIONS, RECOVERY_POINTS } from "./expressions";
import { readConfigFacts } from ".";
import { factsRequestOf, sourceSettingsOf } from "@/lib/status/config";

// Property names in advanced queries are case-sensitive, and AWS answers a misspelt one with
// nothing at all: no error, no rows. So every property the site can name is checked against
// AWS's own property list of its resource type (test/aws-config/resource-schema/).
let server: AwsConfigServer | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
});

const everything = parseStatusConfig(`
source: { region: us-east-1 }
backups:
  - id: database
    title: { en: D, zh: D }
    maxAge: 30m
    recoveryPoints: { backupResourceTypes: [RDS, Aurora, S3], rdsSnapshots: true }
`);

async function expressionsSent(aggregator: string | undefined): Promise<string[]> {
  server = await startAwsConfigServer(loadAccount("demo"));
  vi.stubEnv("AWS_ENDPOINT_URL_CONFIG_SERVICE", server.url);
  vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "secret");
  const config = { ...everything, source: { ...everything.source, aggregator } };
  await readConfigFacts(sourceSettingsOf(config), factsRequestOf(config), { kind: "aws" });
  const sent = server.calls.flatMap((call) =>
    call.operation.startsWith("Select") ? [(call.input as { Expression: string }).Expression] : [],
  );
  await server.close();
  server = undefined;
  return sent;
}

describe("advanced queries", () => {
  it.each(ALL_EXPRESSIONS)("%s names only properties AWS lists for its resource type", (expression) => {
    expect(parseExpression(expression).resourceType).toBeDefined();
    expect(unknownProperties(expression)).toEqual([]);
  });

  it("are all in that list: every expression a pull sends, in one account and through an aggregator", async () => {
    const sent = [...(await expressionsSent(undefined)), ...(await expressionsSent("org-wide"))];
    expect(new Set(sent).size).toBeGreaterThanOrEqual(4);
    for (const expression of sent) expect(ALL_EXPRESSIONS).toContain(expression);
  });

  it("would catch the spelling that hid every recovery point", () => {
    const camelCase = RECOVERY_POINTS.replace("CreationDate", "creationDate")
      .replace("ResourceType", "resourceType")
      .replace("Status", "status");
    expect(unknownProperties(camelCase)).toEqual([
      "configuration.creationDate",
      "configuration.resourceType",
      "configuration.status",
    ]);
    expect(
      unknownProperties(
        "SELECT configuration.snapshotCreateTime WHERE resourceType = 'AWS::RDS::DBSnapshot' AND configuration.Status = 'available'",
      ),
    ).toEqual(["configuration.Status"]);
    expect(() =>
      parseExpression("SELECT configuration.CreationDate WHERE resourceType = 'AWS::Backup::RecoveryPoint' ;"),
    ).toThrow(/cannot read/);
  });
});
