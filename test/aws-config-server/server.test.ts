import {
  ConfigServiceServiceException,
  DescribeComplianceByConfigRuleCommand,
  DescribeConfigRuleEvaluationStatusCommand,
  DescribeConfigRulesCommand,
  GetAggregateComplianceDetailsByConfigRuleCommand,
  GetComplianceDetailsByConfigRuleCommand,
  SelectResourceConfigCommand,
  paginateDescribeComplianceByConfigRule,
  paginateGetComplianceDetailsByConfigRule,
} from "@aws-sdk/client-config-service";
import { afterEach, describe, expect, it } from "vitest";
import { loadAccount } from "@/test/aws-config-server/account";
import type { Fault } from "@/test/aws-config-server/faults";
import { type AwsConfigServer, startAwsConfigServer } from "@/test/aws-config-server/server";
import { type CaughtError, allPages, rejectionOf, sdkClient } from "./sdk-client";

const HOME_ACCOUNT = "123456789012";
const AGGREGATOR = "org-aggregator";

const running: AwsConfigServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function serve(faults: Fault[] = []) {
  const server = await startAwsConfigServer(loadAccount("paging"), { faults });
  running.push(server);
  return server;
}

async function post(url: string, target: string | undefined, body: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-amz-json-1.1", ...(target && { "X-Amz-Target": target }) },
    body,
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe("the local AWS Config over HTTP", () => {
  it("speaks AWS JSON 1.1: X-Amz-Target in, typed JSON and a request id out", async () => {
    const server = await serve();
    const ok = await post(
      server.url,
      "StarlingDoveService.DescribeConfigRules",
      JSON.stringify({ ConfigRuleNames: ["rule-003"] }),
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/x-amz-json-1.1");
    expect(ok.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok.body).toMatchObject({ ConfigRules: [{ ConfigRuleName: "rule-003", Source: { Owner: "AWS" } }] });
    const unknown = await post(server.url, "StarlingDoveService.DeleteEverything", "{}");
    expect([unknown.status, unknown.body.__type]).toEqual([400, "UnknownOperationException"]);
    const badJson = await post(server.url, "StarlingDoveService.DescribeConfigRules", "{not json");
    expect([badJson.status, badJson.body.__type]).toEqual([400, "SerializationException"]);
    expect(server.calls.map((call) => [call.operation, call.status])).toEqual([
      ["DescribeConfigRules", 200],
      ["DeleteEverything", 400],
      ["DescribeConfigRules", 400],
    ]);
  });

  it("serves the SDK: parsed outputs, Dates, every item once across pages", async () => {
    const server = await serve();
    const client = sdkClient(server.url);
    const status = await client.send(new DescribeConfigRuleEvaluationStatusCommand({ ConfigRuleNames: ["rule-001"] }));
    expect(status.ConfigRulesEvaluationStatus?.[0]?.LastSuccessfulEvaluationTime).toEqual(
      new Date(Date.UTC(2026, 0, 15, 9, 29, 0, 122)),
    );
    const pages = await allPages(paginateDescribeComplianceByConfigRule({ client }, {}));
    const names = pages.flatMap((page) => page.ComplianceByConfigRules?.map((rule) => rule.ConfigRuleName) ?? []);
    expect(names).toHaveLength(60);
    expect(new Set(names).size).toBe(60);
    const details = await allPages(
      paginateGetComplianceDetailsByConfigRule(
        { client, pageSize: 100 },
        { ConfigRuleName: "rule-001", ComplianceTypes: ["COMPLIANT", "NON_COMPLIANT"] },
      ),
    );
    expect(details.flatMap((page) => page.EvaluationResults ?? [])).toHaveLength(23);
    expect(server.calls.map((call) => call.operation)).toEqual([
      "DescribeConfigRuleEvaluationStatus",
      ...Array(3).fill("DescribeComplianceByConfigRule"),
      "GetComplianceDetailsByConfigRule",
    ]);
    const select = await client.send(
      new SelectResourceConfigCommand({
        Expression: "SELECT resourceId, configuration.instanceType WHERE resourceType = 'AWS::EC2::Instance'",
      }),
    );
    expect(select.Results).toEqual(['{"resourceId":"i-0abc","configuration":{"instanceType":"t3.micro"}}']);
    const aggregate = await rejectionOf(
      client.send(
        new GetAggregateComplianceDetailsByConfigRuleCommand({
          ConfigurationAggregatorName: `${AGGREGATOR}-x`,
          ConfigRuleName: "rule-001",
          AccountId: HOME_ACCOUNT,
          AwsRegion: "us-east-1",
        }),
      ),
    );
    expect(aggregate.name).toBe("NoSuchConfigurationAggregatorException");
    client.destroy();
  });
});

describe("faults, as the SDK reports them", () => {
  it("throttle → ThrottlingException (HTTP 400, client fault) for the first `times` calls", async () => {
    const server = await serve([{ kind: "throttle", operation: "DescribeConfigRules", times: 1 }]);
    const client = sdkClient(server.url);
    const error = await rejectionOf(client.send(new DescribeConfigRulesCommand({})));
    expect(error).toBeInstanceOf(ConfigServiceServiceException);
    expect([error.name, error.message, error.$fault, error.$metadata?.httpStatusCode]).toEqual([
      "ThrottlingException",
      "Rate exceeded",
      "client",
      400,
    ]);
    await expect(client.send(new DescribeConfigRulesCommand({}))).resolves.toHaveProperty("ConfigRules");
    await expect(client.send(new DescribeComplianceByConfigRuleCommand({}))).resolves.toHaveProperty(
      "ComplianceByConfigRules",
    );
    client.destroy();
  });

  it("rate-limit throttles calls beyond perSecond across operations", async () => {
    const server = await serve([{ kind: "rate-limit", perSecond: 2 }]);
    const client = sdkClient(server.url);
    const outcomes = await Promise.allSettled([
      client.send(new DescribeConfigRulesCommand({})),
      client.send(new DescribeComplianceByConfigRuleCommand({})),
      client.send(new DescribeConfigRuleEvaluationStatusCommand({})),
      client.send(new DescribeConfigRulesCommand({})),
    ]);
    const rejected = outcomes.flatMap((outcome) =>
      outcome.status === "rejected" ? [outcome.reason as CaughtError] : [],
    );
    expect(rejected.map((error) => error.name)).toEqual(["ThrottlingException", "ThrottlingException"]);
    client.destroy();
  });

  it("server-error → HTTP 500 InternalFailure / 503 ServiceUnavailable (server fault); retried when maxAttempts allows", async () => {
    const server = await serve([
      { kind: "server-error", operation: "DescribeConfigRules" },
      { kind: "server-error", operation: "DescribeComplianceByConfigRule", status: 503 },
      { kind: "server-error", operation: "DescribeConfigRuleEvaluationStatus", times: 1 },
    ]);
    const client = sdkClient(server.url);
    const internal = await rejectionOf(client.send(new DescribeConfigRulesCommand({})));
    expect([internal.name, internal.$fault, internal.$metadata?.httpStatusCode]).toEqual([
      "InternalFailure",
      "server",
      500,
    ]);
    const unavailable = await rejectionOf(client.send(new DescribeComplianceByConfigRuleCommand({})));
    expect([unavailable.name, unavailable.$metadata?.httpStatusCode]).toEqual(["ServiceUnavailable", 503]);
    const retrying = sdkClient(server.url, { maxAttempts: 2 });
    const out = await retrying.send(new DescribeConfigRuleEvaluationStatusCommand({}));
    expect(out.$metadata.attempts).toBe(2);
    expect(server.calls.slice(-2).map((call) => call.status)).toEqual([500, 200]);
    client.destroy();
    retrying.destroy();
  });

  it("denied → AccessDeniedException with AWS's IAM message", async () => {
    const server = await serve([{ kind: "denied", operation: "SelectResourceConfig" }]);
    const client = sdkClient(server.url);
    const error = await rejectionOf(
      client.send(
        new SelectResourceConfigCommand({ Expression: "SELECT resourceId WHERE resourceType = 'AWS::S3::Bucket'" }),
      ),
    );
    expect(error.name).toBe("AccessDeniedException");
    expect(error.message).toContain(
      `User: arn:aws:iam::${HOME_ACCOUNT}:user/x is not authorized to perform: config:SelectResourceConfig`,
    );
    expect(error.$metadata?.httpStatusCode).toBe(400);
    client.destroy();
  });

  it("malformed → the SDK's SyntaxError (HTTP 200), not retried", async () => {
    const server = await serve([{ kind: "malformed", operation: "DescribeConfigRules" }]);
    const client = sdkClient(server.url, { maxAttempts: 3 });
    const error = await rejectionOf(client.send(new DescribeConfigRulesCommand({})));
    expect(error.name).toBe("SyntaxError");
    expect(error.message).toContain("Deserialization error");
    expect(error.$metadata?.httpStatusCode).toBe(200);
    expect(server.calls).toHaveLength(1);
    client.destroy();
  });

  it("fail-page → the paginator gets page 1, then page 2 fails every time", async () => {
    const server = await serve([{ kind: "fail-page", operation: "GetComplianceDetailsByConfigRule", page: 2 }]);
    const client = sdkClient(server.url);
    const seen: number[] = [];
    const failure = await rejectionOf(
      (async () => {
        for await (const page of paginateGetComplianceDetailsByConfigRule(
          { client, pageSize: 10 },
          { ConfigRuleName: "rule-001" },
        )) {
          seen.push(page.EvaluationResults?.length ?? 0);
        }
      })(),
    );
    expect(seen).toEqual([10]);
    expect([failure.name, failure.$metadata?.httpStatusCode]).toEqual(["InternalFailure", 500]);
    const first = await client.send(
      new GetComplianceDetailsByConfigRuleCommand({ ConfigRuleName: "rule-001", Limit: 10 }),
    );
    const again = await rejectionOf(
      client.send(
        new GetComplianceDetailsByConfigRuleCommand({
          ConfigRuleName: "rule-001",
          Limit: 10,
          NextToken: first.NextToken,
        }),
      ),
    );
    expect(again.$metadata?.httpStatusCode).toBe(500);
    client.destroy();
  });

  it("hang + requestTimeout/throwOnRequestTimeout → TimeoutError well within a second; each retry waits again", async () => {
    const server = await serve([{ kind: "hang", operation: "DescribeConfigRules" }]);
    const requestHandler = { requestTimeout: 200, throwOnRequestTimeout: true };
    const client = sdkClient(server.url, { requestHandler });
    const started = Date.now();
    const error = await rejectionOf(client.send(new DescribeConfigRulesCommand({})));
    expect(Date.now() - started).toBeLessThan(1000);
    expect([error.name, (error as CaughtError & { code?: string }).code]).toEqual(["TimeoutError", "ETIMEDOUT"]);
    const retrying = sdkClient(server.url, { requestHandler, maxAttempts: 2 });
    expect((await rejectionOf(retrying.send(new DescribeConfigRulesCommand({})))).name).toBe("TimeoutError");
    expect(server.calls.map((call) => call.status)).toEqual([0, 0, 0]);
    client.destroy();
    retrying.destroy();
  });

  it("close() ends even with a request left hanging", async () => {
    const server = await startAwsConfigServer(loadAccount("paging"), { faults: [{ kind: "hang" }] });
    const client = sdkClient(server.url);
    const pending = rejectionOf(client.send(new DescribeConfigRulesCommand({})));
    while (server.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await server.close();
    expect((await pending).message).toMatch(/socket hang up|ECONNRESET/);
    client.destroy();
  });
});
