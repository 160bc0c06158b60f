import {
  DescribeAggregateComplianceByConfigRulesCommand,
  DescribeAggregateComplianceByConformancePacksCommand,
  DescribeComplianceByConfigRuleCommand,
  DescribeConfigRuleEvaluationStatusCommand,
  DescribeConfigRulesCommand,
  DescribeConformancePackComplianceCommand,
  GetAggregateComplianceDetailsByConfigRuleCommand,
  GetComplianceDetailsByConfigRuleCommand,
  ListConformancePackComplianceScoresCommand,
  SelectAggregateResourceConfigCommand,
  SelectResourceConfigCommand,
  paginateDescribeConfigRuleEvaluationStatus,
  paginateDescribeConfigRules,
  paginateGetComplianceDetailsByConfigRule,
  paginateSelectResourceConfig,
} from "@aws-sdk/client-config-service";
import { describe, expect, it } from "vitest";
import { afterEach } from "vitest";
import { type Account, type Json, loadAccount, qualifier } from "@/test/aws-config-server/account";
import type { Fault } from "@/test/aws-config-server/faults";
import { createResponder } from "@/test/aws-config-server/responder";
import { type AwsConfigServer, startAwsConfigServer } from "@/test/aws-config-server/server";
import { allPages, rejectionOf, sdkClient } from "./sdk-client";

// The paging account (test/aws-config-server/accounts/paging.json): 60 rules in the home
// account, one with 23 results, a rule and buckets in a second account, two conformance packs.
const HOME_ACCOUNT = "123456789012";
const OTHER_ACCOUNT = "210987654321";
const AGGREGATOR = "org-aggregator";
const running: AwsConfigServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** The SDK, unchanged, talking to the local server over HTTP. */
async function localServer(faults: Fault[] = []) {
  const account = loadAccount("paging");
  const server = await startAwsConfigServer(account, { faults });
  running.push(server);
  return { account, handler: server, client: sdkClient(server.url) };
}

const ruleNames = (account: Account) =>
  account.responses.DescribeConfigRules.ConfigRules.map((rule) => rule.ConfigRuleName);
const epochMs = (value: unknown) => (typeof value === "number" ? Math.round(value * 1000) : undefined);

describe("the local AWS Config server through the real SDK", () => {
  it("DescribeConfigRules pages 25 at a time and returns every rule once", async () => {
    const { account, client, handler } = await localServer();
    const pages = await allPages(paginateDescribeConfigRules({ client }, {}));
    const rules = pages.flatMap((page) => page.ConfigRules ?? []);
    expect(pages.map((page) => page.ConfigRules?.length)).toEqual([25, 25, 10]);
    expect(handler.calls.map((call) => call.operation)).toEqual(Array(3).fill("DescribeConfigRules"));
    expect(rules.map((rule) => rule.ConfigRuleName)).toEqual(ruleNames(account));
    const first = rules[0];
    expect(first?.Source).toEqual({ Owner: "AWS", SourceIdentifier: "INCOMING_SSH_DISABLED" });
    expect(JSON.parse(first?.InputParameters ?? "")).toEqual({ authorizedTcpPorts: "443,8443" });
    expect(first?.ConfigRuleArn).toMatch(
      new RegExp(`^arn:aws:config:us-east-1:${HOME_ACCOUNT}:config-rule/config-rule-[a-z0-9]{6}$`),
    );
    expect(first?.ConfigRuleArn?.endsWith(first.ConfigRuleId ?? "?")).toBe(true);
    expect(rules[1]?.Source?.Owner).toBe("CUSTOM_LAMBDA");
    expect(rules[2]?.InputParameters).toBe("{}");
  });

  it("DescribeConfigRules with names returns those rules, and fails on an unknown one", async () => {
    const { client } = await localServer();
    const out = await client.send(new DescribeConfigRulesCommand({ ConfigRuleNames: ["rule-007", "rule-003"] }));
    expect(out.ConfigRules?.map((rule) => rule.ConfigRuleName)).toEqual(["rule-007", "rule-003"]);
    const error = await rejectionOf(
      client.send(new DescribeConfigRulesCommand({ ConfigRuleNames: ["rule-003", "no-such-rule"] })),
    );
    expect(error.name).toBe("NoSuchConfigRuleException");
    expect(error.message).toBe(
      "The ConfigRule 'no-such-rule' provided in the request is invalid. Please check the configRule name",
    );
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(error.$fault).toBe("client");
    const names = Array.from({ length: 26 }, (_, i) => `rule-${String(i + 1).padStart(3, "0")}`);
    expect((await rejectionOf(client.send(new DescribeConfigRulesCommand({ ConfigRuleNames: names })))).name).toBe(
      "ValidationException",
    );
  });

  it("DescribeComplianceByConfigRule filters by compliance and counts contributors (capped at 100)", async () => {
    const { client } = await localServer();
    const all = await client.send(
      new DescribeComplianceByConfigRuleCommand({ ConfigRuleNames: ["rule-001", "rule-002", "rule-003", "rule-004"] }),
    );
    expect(all.ComplianceByConfigRules).toEqual([
      {
        ConfigRuleName: "rule-001",
        Compliance: {
          ComplianceType: "NON_COMPLIANT",
          ComplianceContributorCount: { CappedCount: 6, CapExceeded: false },
        },
      },
      { ConfigRuleName: "rule-002", Compliance: { ComplianceType: "INSUFFICIENT_DATA" } },
      { ConfigRuleName: "rule-003", Compliance: { ComplianceType: "COMPLIANT" } },
      {
        ConfigRuleName: "rule-004",
        Compliance: {
          ComplianceType: "NON_COMPLIANT",
          ComplianceContributorCount: { CappedCount: 100, CapExceeded: true },
        },
      },
    ]);
    const nonCompliant = await client.send(
      new DescribeComplianceByConfigRuleCommand({ ComplianceTypes: ["NON_COMPLIANT"] }),
    );
    expect(nonCompliant.ComplianceByConfigRules).toHaveLength(20);
    expect(nonCompliant.NextToken).toBeUndefined();
  });

  it("DescribeConfigRuleEvaluationStatus returns Dates equal to the scenario's and honours Limit", async () => {
    const { account, client, handler } = await localServer();
    const pages = await allPages(paginateDescribeConfigRuleEvaluationStatus({ client, pageSize: 40 }, {}));
    expect(pages.map((page) => page.ConfigRulesEvaluationStatus?.length)).toEqual([40, 20]);
    expect(handler.calls.map((call) => (call.input as { Limit?: number }).Limit)).toEqual([40, 40]);
    const statuses = pages.flatMap((page) => page.ConfigRulesEvaluationStatus ?? []);
    const [one, two] = statuses;
    expect(one?.LastSuccessfulEvaluationTime).toBeInstanceOf(Date);
    const recorded = account.responses.DescribeConfigRuleEvaluationStatus.ConfigRulesEvaluationStatus;
    expect(one?.LastSuccessfulEvaluationTime?.getTime()).toBe(epochMs(recorded[0]?.LastSuccessfulEvaluationTime));
    expect(one?.LastSuccessfulInvocationTime?.getTime()).toBeLessThan(
      one?.LastSuccessfulEvaluationTime?.getTime() ?? 0,
    );
    expect(one?.FirstActivatedTime).toBeInstanceOf(Date);
    expect(two?.LastSuccessfulEvaluationTime).toBeUndefined();
    expect(two).toMatchObject({
      ConfigRuleName: "rule-002",
      LastErrorCode: "AccessDenied",
      LastErrorMessage: "Lambda could not be invoked",
      FirstEvaluationStarted: false,
    });
    expect(statuses.map((status) => status.LastSuccessfulEvaluationTime?.getTime())).toEqual(
      recorded.map((status) => epochMs(status.LastSuccessfulEvaluationTime)),
    );
    const tooMany = await rejectionOf(client.send(new DescribeConfigRuleEvaluationStatusCommand({ Limit: 51 })));
    expect(tooMany.name).toBe("InvalidParameterValueException");
  });

  it("GetComplianceDetailsByConfigRule pages results with Limit and keeps every field", async () => {
    const { account, client, handler } = await localServer();
    const pages = await allPages(
      paginateGetComplianceDetailsByConfigRule({ client, pageSize: 10 }, { ConfigRuleName: "rule-001" }),
    );
    expect(pages.map((page) => page.EvaluationResults?.length)).toEqual([10, 10, 3]);
    expect(handler.calls).toHaveLength(3);
    const results = pages.flatMap((page) => page.EvaluationResults ?? []);
    const expected = account.responses.GetComplianceDetailsByConfigRule.EvaluationResults.filter(
      (r) => qualifier(r).ConfigRuleName === "rule-001",
    );
    expect(results.map((r) => r.EvaluationResultIdentifier?.EvaluationResultQualifier?.ResourceId)).toEqual(
      expected.map((r) => qualifier(r).ResourceId),
    );
    expect(results.map((r) => r.ResultRecordedTime?.getTime())).toEqual(
      expected.map((r) => epochMs((r as Json).ResultRecordedTime)),
    );
    expect(results[0]).toMatchObject({
      EvaluationResultIdentifier: {
        EvaluationResultQualifier: {
          ConfigRuleName: "rule-001",
          ResourceType: "AWS::EC2::SecurityGroup",
          ResourceId: "sg-0000",
        },
      },
      ComplianceType: "NON_COMPLIANT",
      Annotation: "Port 22 open to 0.0.0.0/0 on sg-0000",
    });
    expect(results[0]?.ConfigRuleInvokedTime).toBeInstanceOf(Date);
    expect(results[0]?.EvaluationResultIdentifier?.OrderingTimestamp).toBeInstanceOf(Date);

    const nonCompliant = await client.send(
      new GetComplianceDetailsByConfigRuleCommand({
        ConfigRuleName: "rule-001",
        ComplianceTypes: ["NON_COMPLIANT"],
        Limit: 100,
      }),
    );
    expect(nonCompliant.EvaluationResults).toHaveLength(6);
    const defaultPage = await client.send(new GetComplianceDetailsByConfigRuleCommand({ ConfigRuleName: "rule-001" }));
    expect(defaultPage.EvaluationResults).toHaveLength(10);
    expect(
      (
        await rejectionOf(
          client.send(new GetComplianceDetailsByConfigRuleCommand({ ConfigRuleName: "rule-001", Limit: 101 })),
        )
      ).name,
    ).toBe("InvalidParameterValueException");
    expect(
      (await rejectionOf(client.send(new GetComplianceDetailsByConfigRuleCommand({ ConfigRuleName: "nope" })))).name,
    ).toBe("NoSuchConfigRuleException");
  });

  it("SelectResourceConfig projects field paths into JSON strings and pages with Limit", async () => {
    const { client, handler } = await localServer();
    const Expression =
      "select resourceId, configuration.creationDate, supplementaryConfiguration.BucketVersioningConfiguration.status , accountId  WHERE resourceType = 'AWS::S3::Bucket'";
    const pages = await allPages(paginateSelectResourceConfig({ client, pageSize: 3 }, { Expression }));
    expect(handler.calls).toHaveLength(3);
    expect(pages[0]?.QueryInfo?.SelectFields).toEqual([
      { Name: "resourceId" },
      { Name: "configuration.creationDate" },
      { Name: "supplementaryConfiguration.BucketVersioningConfiguration.status" },
      { Name: "accountId" },
    ]);
    const rows = pages.flatMap((page) => page.Results ?? []);
    expect(rows).toHaveLength(7);
    expect(rows.every((row) => typeof row === "string")).toBe(true);
    expect(JSON.parse(rows[1] ?? "")).toEqual({
      resourceId: `bucket-${HOME_ACCOUNT}-1`,
      configuration: { creationDate: "2026-01-14T09:30:00.123Z" },
      supplementaryConfiguration: { BucketVersioningConfiguration: { status: "Enabled" } },
      accountId: HOME_ACCOUNT,
    });
    for (const Expression of [
      "SELECT resourceId",
      "SELECT resourceId WHERE resourceType LIKE 'AWS::S3::%'",
      "SELECT COUNT(*) WHERE resourceType = 'AWS::S3::Bucket'",
    ]) {
      const error = await rejectionOf(client.send(new SelectResourceConfigCommand({ Expression })));
      expect(error.name).toBe("InvalidExpressionException");
      expect(error.$metadata?.httpStatusCode).toBe(400);
    }
    expect((await rejectionOf(client.send(new SelectResourceConfigCommand({ Expression, Limit: 101 })))).name).toBe(
      "InvalidLimitException",
    );
  });

  it("conformance packs: rule compliance, scores with Dates, unknown pack", async () => {
    const { client } = await localServer();
    const pack = await client.send(
      new DescribeConformancePackComplianceCommand({ ConformancePackName: "operational-best-practices" }),
    );
    expect(pack.ConformancePackName).toBe("operational-best-practices");
    expect(pack.ConformancePackRuleComplianceList?.map((rule) => [rule.ConfigRuleName, rule.ComplianceType])).toEqual([
      ["rule-001", "NON_COMPLIANT"],
      ["rule-003", "COMPLIANT"],
      ["rule-004", "NON_COMPLIANT"],
      ["rule-005", "INSUFFICIENT_DATA"],
    ]);
    const missing = await rejectionOf(
      client.send(new DescribeConformancePackComplianceCommand({ ConformancePackName: "nope" })),
    );
    expect(missing.name).toBe("NoSuchConformancePackException");
    const scores = await client.send(new ListConformancePackComplianceScoresCommand({}));
    expect(scores.ConformancePackComplianceScores?.map((score) => [score.ConformancePackName, score.Score])).toEqual([
      ["backup-pack", "100"],
      ["operational-best-practices", "50.0"],
    ]);
    expect(scores.ConformancePackComplianceScores?.[0]?.LastUpdatedTime).toBeInstanceOf(Date);
  });

  it("aggregator operations span accounts and need a known aggregator", async () => {
    const { client } = await localServer();
    const byRule = await client.send(
      new DescribeAggregateComplianceByConfigRulesCommand({
        ConfigurationAggregatorName: AGGREGATOR,
        Filters: { ConfigRuleName: "rule-001" },
      }),
    );
    expect(
      byRule.AggregateComplianceByConfigRules?.map((row) => [
        row.AccountId,
        row.AwsRegion,
        row.Compliance?.ComplianceType,
      ]),
    ).toEqual([
      [HOME_ACCOUNT, "us-east-1", "NON_COMPLIANT"],
      [OTHER_ACCOUNT, "eu-west-1", "COMPLIANT"],
    ]);
    const details = await client.send(
      new GetAggregateComplianceDetailsByConfigRuleCommand({
        ConfigurationAggregatorName: AGGREGATOR,
        ConfigRuleName: "rule-001",
        AccountId: OTHER_ACCOUNT,
        AwsRegion: "eu-west-1",
      }),
    );
    expect(details.AggregateEvaluationResults).toHaveLength(1);
    expect(details.AggregateEvaluationResults?.[0]).toMatchObject({
      AccountId: OTHER_ACCOUNT,
      AwsRegion: "eu-west-1",
      ComplianceType: "COMPLIANT",
    });
    expect(details.AggregateEvaluationResults?.[0]?.ResultRecordedTime).toBeInstanceOf(Date);
    const homeDetails = await client.send(
      new GetAggregateComplianceDetailsByConfigRuleCommand({
        ConfigurationAggregatorName: AGGREGATOR,
        ConfigRuleName: "rule-001",
        AccountId: HOME_ACCOUNT,
        AwsRegion: "us-east-1",
        Limit: 100,
      }),
    );
    expect(homeDetails.AggregateEvaluationResults).toHaveLength(23);
    const select = await client.send(
      new SelectAggregateResourceConfigCommand({
        ConfigurationAggregatorName: AGGREGATOR,
        Expression: "SELECT resourceId, awsRegion WHERE resourceType = 'AWS::S3::Bucket'",
      }),
    );
    expect(
      select.Results?.map((row) => JSON.parse(row) as { awsRegion: string }).filter(
        (row) => row.awsRegion === "eu-west-1",
      ),
    ).toHaveLength(2);
    const packs = await client.send(
      new DescribeAggregateComplianceByConformancePacksCommand({ ConfigurationAggregatorName: AGGREGATOR }),
    );
    expect(packs.AggregateComplianceByConformancePacks?.[0]).toEqual({
      ConformancePackName: "operational-best-practices",
      Compliance: {
        ComplianceType: "NON_COMPLIANT",
        CompliantRuleCount: 1,
        NonCompliantRuleCount: 2,
        TotalRuleCount: 4,
      },
      AccountId: HOME_ACCOUNT,
      AwsRegion: "us-east-1",
    });
    const unknown = await rejectionOf(
      client.send(new DescribeAggregateComplianceByConfigRulesCommand({ ConfigurationAggregatorName: "nope" })),
    );
    expect(unknown.name).toBe("NoSuchConfigurationAggregatorException");
    expect(unknown.message).toBe(
      "The configuration aggregator does not exist. Check the configuration aggregator name and try again.",
    );
  });

  it("rejects NextTokens it did not issue, or issued for another query", async () => {
    const { client } = await localServer();
    const first = await client.send(new DescribeConfigRulesCommand({}));
    expect(first.NextToken).toBeTypeOf("string");
    for (const NextToken of ["garbage", first.NextToken ?? ""]) {
      const error = await rejectionOf(client.send(new DescribeConfigRuleEvaluationStatusCommand({ NextToken })));
      expect(error.name).toBe("InvalidNextTokenException");
    }
    const otherQuery = await rejectionOf(
      client.send(new DescribeConfigRulesCommand({ ConfigRuleNames: ["rule-001"], NextToken: first.NextToken })),
    );
    expect(otherQuery.name).toBe("InvalidNextTokenException");
  });

  it("a hung request ends when the caller aborts", async () => {
    const { client } = await localServer([{ kind: "hang", operation: "DescribeConfigRules" }]);
    const aborted = await rejectionOf(
      client.send(new DescribeConfigRulesCommand({}), { abortSignal: AbortSignal.timeout(50) }),
    );
    expect(aborted.name).toBe("AbortError"); // what NodeHttpHandler rejects with
  });
});

describe("responder (wire level)", () => {
  it("answers with AWS JSON 1.1 headers and an error type for unknown operations and non-object input", async () => {
    const responder = createResponder(loadAccount("paging"));
    const ok = await responder.respond("DescribeConfigRules", {});
    if ("hang" in ok) throw new Error("unexpected hang");
    expect(ok.status).toBe(200);
    expect(ok.headers["Content-Type"]).toBe("application/x-amz-json-1.1");
    expect(ok.headers["x-amzn-RequestId"]).toMatch(/^[0-9a-f-]{36}$/);
    const unknown = await responder.respond("DeleteEverything", {});
    expect(unknown).toMatchObject({ status: 400, headers: { "x-amzn-ErrorType": "UnknownOperationException" } });
    const notAnObject = await responder.respond("DescribeConfigRules", [1, 2]);
    expect(notAnObject).toMatchObject({ status: 400, headers: { "x-amzn-ErrorType": "SerializationException" } });
    expect(responder.calls.map((call) => call.status)).toEqual([200, 400, 400]);
  });

  it("rate-limit is a token bucket over wall-clock time", async () => {
    let now = 0;
    const responder = createResponder(loadAccount("paging"), {
      faults: [{ kind: "rate-limit", perSecond: 2 }],
      now: () => now,
    });
    const status = async () => {
      const answer = await responder.respond("DescribeConfigRules", {});
      return "hang" in answer ? 0 : answer.status;
    };
    expect([await status(), await status(), await status()]).toEqual([200, 200, 400]);
    now += 500; // one token back
    expect([await status(), await status()]).toEqual([200, 400]);
    now += 5_000; // the bucket holds one second's worth, no more
    expect([await status(), await status(), await status()]).toEqual([200, 200, 400]);
  });

  it("throttle and server-error stop after `times`; fail-page fails the same page every time", async () => {
    const responder = createResponder(loadAccount("paging"), {
      faults: [
        { kind: "throttle", operation: "DescribeConfigRules", times: 2 },
        { kind: "server-error", operation: "DescribeComplianceByConfigRule", times: 1, status: 503 },
        { kind: "fail-page", operation: "DescribeConfigRuleEvaluationStatus", page: 2, status: 502 },
      ],
    });
    const statusOf = async (operation: string, input: object = {}) => {
      const answer = await responder.respond(operation, input);
      if ("hang" in answer) throw new Error("unexpected hang");
      return answer;
    };
    expect([
      (await statusOf("DescribeConfigRules")).status,
      (await statusOf("DescribeConfigRules")).status,
      (await statusOf("DescribeConfigRules")).status,
    ]).toEqual([400, 400, 200]);
    expect((await statusOf("DescribeComplianceByConfigRule")).headers["x-amzn-ErrorType"]).toBe("ServiceUnavailable");
    expect((await statusOf("DescribeComplianceByConfigRule")).status).toBe(200);
    const first = await statusOf("DescribeConfigRuleEvaluationStatus", { Limit: 10 });
    const { NextToken } = JSON.parse(first.body) as { NextToken: string };
    expect(first.status).toBe(200);
    expect((await statusOf("DescribeConfigRuleEvaluationStatus", { Limit: 10, NextToken })).status).toBe(502);
    expect((await statusOf("DescribeConfigRuleEvaluationStatus", { Limit: 10, NextToken })).status).toBe(502);
  });
});
