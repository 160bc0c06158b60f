import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as sdk from "@aws-sdk/client-config-service";
import { NormalizedSchema } from "@smithy/core/schema";
import { describe, expect, it } from "vitest";
import { propertyList, propertyPaths } from "@/test/aws-config/property-lists";
import { type Account, type Json, loadAccount } from "@/test/aws-config-server/account";
import { benchAccount } from "@/test/aws-config-server/bench-account";
import { recordDemo } from "@/test/aws-config-server/record-demo";
import { canonical, readRecording } from "./recording/format";
import { renderTemplates } from "./recording/template";

// A fake written from the code's assumptions proves nothing. Every body the local server and the
// demo serve must be what AWS would send: each member a member of the SDK's own output shape
// (its schema, as the SDK deserialises with it), with the right type, and every configuration
// item spelled as AWS's property list spells it.

function schemaProblems(ns: NormalizedSchema, value: unknown, at: string): string[] {
  if (value === null || value === undefined) return [];
  if (ns.isStructSchema()) {
    if (typeof value !== "object" || Array.isArray(value)) return [`${at}: not a structure`];
    const members = new Map(ns.structIterator());
    return Object.entries(value).flatMap(([key, child]) => {
      const member = members.get(key);
      return member ? schemaProblems(member, child, `${at}.${key}`) : [`${at}.${key}: not a member of ${ns.getName()}`];
    });
  }
  if (ns.isListSchema())
    return Array.isArray(value)
      ? value.flatMap((item, i) => schemaProblems(ns.getValueSchema(), item, `${at}[${i}]`))
      : [`${at}: not a list`];
  if (ns.isMapSchema())
    return typeof value === "object"
      ? Object.entries(value).flatMap(([k, v]) => schemaProblems(ns.getValueSchema(), v, `${at}.${k}`))
      : [`${at}: not a map`];
  if (ns.isTimestampSchema()) return typeof value === "number" ? [] : [`${at}: a timestamp must be epoch seconds`];
  if (ns.isBooleanSchema()) return typeof value === "boolean" ? [] : [`${at}: not a boolean`];
  if (ns.isNumericSchema()) return typeof value === "number" ? [] : [`${at}: not a number`];
  if (ns.isStringSchema()) return typeof value === "string" ? [] : [`${at}: not a string`];
  return [];
}

function shapeProblems(operation: string, body: unknown): string[] {
  const schema = (sdk as unknown as Record<string, unknown>)[`${operation}Response$`];
  if (!schema) return [`${operation}: no such operation in the SDK`];
  return schemaProblems(NormalizedSchema.of(schema as never), body, operation);
}

function itemProblems(item: Json): string[] {
  const type = String(item.resourceType);
  const list = propertyList(type);
  if (!list) return [`${type}: no property list copied into test/aws-config/resource-schema/`];
  const paths = [
    ...propertyPaths(JSON.parse(String(item.configuration ?? "{}")), "configuration"),
    ...Object.entries((item.supplementaryConfiguration ?? {}) as Record<string, string>).flatMap(([key, json]) =>
      propertyPaths(JSON.parse(json), `supplementaryConfiguration.${key}`),
    ),
  ];
  return paths
    .filter((p) => !list.has(p))
    .map((p) => `${type} ${String(item.resourceId)}: ${p} is not in AWS's property list`);
}

const accounts: [string, Account][] = [
  ["demo", loadAccount("demo")],
  ["paging", loadAccount("paging")],
  ["bench", benchAccount({ rules: 30, backupRules: 2, results: 20, recoveryPoints: 5, now: Date.now() })],
];

describe.each(accounts)("the %s account of the local server", (_name, account) => {
  it("holds only AWS's response shapes", () => {
    const problems = Object.entries(account.responses).flatMap(([operation, body]) =>
      Array.isArray(body) ? body.flatMap((b) => shapeProblems(operation, b)) : shapeProblems(operation, body),
    );
    expect(problems).toEqual([]);
  });

  it("spells every configuration item as AWS's property lists do", () => {
    const items = account.responses.BatchGetResourceConfig.baseConfigurationItems;
    expect(items.length).toBeGreaterThan(3);
    expect(items.flatMap(itemProblems)).toEqual([]);
  });
});

describe("the demo recording (content/status-demo)", () => {
  const { recording, bodies } = readRecording("content/status-demo");

  it("holds AWS's response shapes, rendered as they are served", () => {
    const problems = recording.exchanges.flatMap((e) =>
      shapeProblems(e.operation, JSON.parse(renderTemplates(bodies.get(e.body) ?? "", Date.now()))),
    );
    expect(recording.exchanges.length).toBeGreaterThan(8);
    expect(problems).toEqual([]);
  });

  it("is what a pull of the demo account receives now (npm run status:record-demo rewrites it)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "demo-"));
    try {
      await recordDemo(dir);
      const fresh = readRecording(dir);
      // Requests run in parallel, so the order may differ; what answers what may not.
      const answers = (r: ReturnType<typeof readRecording>) =>
        r.recording.exchanges
          .map(
            (e) =>
              `${e.operation} ${canonical(e.input)} ${e.status} ${canonical(JSON.parse(r.bodies.get(e.body) ?? ""))}`,
          )
          .sort();
      expect(answers(fresh)).toEqual(answers({ recording, bodies }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
