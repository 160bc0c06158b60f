import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStatusConfig } from "./config";
import { parseDuration } from "./duration";

const valid = readFileSync("content/controls.yaml", "utf8");
const errorOf = (text: string) => {
  try {
    parseStatusConfig(text);
  } catch (error) {
    return (error as Error).message;
  }
  return "no error";
};

describe("the operator config", () => {
  it("accepts the shipped content/controls.yaml, with durations in milliseconds", () => {
    const config = parseStatusConfig(valid);
    expect(config.source).toMatchObject({ region: "us-east-1", refreshInterval: 300_000, staleAfter: 7_200_000 });
    expect(config.backups.map((b) => [b.id, b.maxAge])).toEqual([
      ["database-backups", 1_800_000],
      ["configuration-backups", 10_800_000],
    ]);
  });

  it("names an unknown key and where it is", () => {
    expect(errorOf(valid.replace("maxAge: 30m", "maxAge: 30m\n    maxage: 30m"))).toMatch(
      /backups\.0: "maxage" Unrecognized key/i,
    );
    expect(errorOf(valid.replace("  region: us-east-1", "  region: us-east-1\n  regoin: eu-west-1"))).toContain(
      'source: "regoin"',
    );
  });

  it("names a wrong value", () => {
    expect(errorOf(valid.replace("maxAge: 30m", "maxAge: half an hour"))).toContain(
      'backups.0.maxAge: "half an hour" is not a duration',
    );
    expect(errorOf(valid.replace("region: us-east-1", "region: Virginia"))).toContain("source.region");
    expect(errorOf(valid.replace("      zh: 防火墙默认拒绝\n", ""))).toContain("controls.0.title.zh");
  });

  it("rejects a control with nothing behind it, and an id used twice", () => {
    expect(errorOf("source: { region: us-east-1 }\ncontrols:\n  - id: a\n    title: { en: A, zh: A }")).toContain(
      "needs rules or a conformancePack",
    );
    expect(errorOf(valid.replace("id: encrypted-connections", "id: firewalls-default-deny"))).toContain(
      'id "firewalls-default-deny" is used twice',
    );
  });

  it("says when the file is not YAML", () => {
    expect(errorOf("source: [unclosed")).toContain("not valid YAML");
  });
});

describe("durations", () => {
  it("reads seconds, minutes, hours and days", () => {
    expect([parseDuration("45s"), parseDuration("30m"), parseDuration("3h"), parseDuration("1d")]).toEqual([
      45_000, 1_800_000, 10_800_000, 86_400_000,
    ]);
    expect([parseDuration("30"), parseDuration("0m"), parseDuration("-1h"), parseDuration("soon")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
