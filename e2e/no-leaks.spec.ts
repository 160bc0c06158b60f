import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoIdentifiers } from "./support/demo-identifiers";

// The demo build is made from recorded responses full of account ids, ARNs, resource ids and
// annotations (content/status-demo). None of it may reach any output file.
const SECRETS = demoIdentifiers();

test("the scan knows the demo's identifiers", () => {
  for (const known of [
    "210987654321",
    "upkeep-prod-db-7qhk3zp2",
    "upkeep-prod-config-210987654321",
    "config-rule-0ahhav",
    "b1f0c6e2-4d7a-4c51-9a3e-1f5d2c8b7e90",
  ])
    expect(SECRETS).toContain(known);
  expect(SECRETS.some((s) => s.startsWith("arn:aws:iam::210987654321:role/"))).toBe(true);
  expect(SECRETS.some((s) => s.includes(" checked"))).toBe(true);
});

// One expect per output, not per file and secret: thousands of expect calls took minutes.
const leaksIn = (text: string, secrets: string[]) => secrets.filter((secret) => text.includes(secret));

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry !== "cache" && entry !== "dev") yield* files(full);
    } else yield full;
  }
}

// Each output with the fewest files it can have when built: an empty folder would pass unread.
const OUTPUTS = [
  { name: "site build", dir: ".next/server/app", files: 6, scripts: 0 },
  { name: "client bundles", dir: ".next/static", files: 6, scripts: 4 },
  { name: "islands", dir: "public/islands", files: 2, scripts: 2 },
  { name: "static export", dir: "out", files: 6, scripts: 4 },
];

for (const { name, dir, files: minimum } of OUTPUTS) {
  test(`no AWS identifiers in the ${name}`, () => {
    expect(existsSync(dir), `${dir} is not built: run npm test, or npm run build and npm run export`).toBe(true);
    let scanned = 0;
    const found: string[] = [];
    for (const file of files(dir)) {
      const text = readFileSync(file).toString("latin1");
      scanned++;
      found.push(...leaksIn(text, SECRETS).map((secret) => `${file} contains ${secret}`));
    }
    expect(found).toEqual([]);
    expect(scanned).toBeGreaterThanOrEqual(minimum);
  });
}

test("no AWS identifiers in what a browser receives", async ({ request }) => {
  for (const url of [
    "/",
    "/security",
    "/security/backups",
    "/zh/security/compliance",
    "/status",
    "/zh/status",
    "/status.json",
    "/status/history.json",
    "/status/feed.atom",
    "/zh/status/feed.atom",
    "/status.jws",
    "/.well-known/jwks.json",
    "/og/en/backups.png",
  ]) {
    const body = (await (await request.get(url)).body()).toString("latin1");
    expect(leaksIn(body, SECRETS), url).toEqual([]);
  }
});

// Code and values that belong to the server only. The build `npm test` makes runs with canary
// credentials in its environment (scripts/test.mjs), so a value inlined by mistake shows up here.
const SERVER_ONLY = [
  "ConfigServiceClient",
  "DescribeConfigRules",
  "SelectResourceConfig",
  "better-sqlite3",
  "better_sqlite3",
  "FeedbackStore",
  "integrity_check",
  "busy_timeout",
  "kysely_migration",
  "retention_policy",
  "append_only_guard",
];
const CREDENTIAL_PATTERNS = [
  /AKIA[0-9A-Z]{16}/,
  /ASIA[0-9A-Z]{16}/,
  /aws_secret_access_key/i,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
];
const secretValues = () =>
  Object.entries(process.env)
    .filter(
      ([name, value]) =>
        /SECRET|TOKEN|PASSWORD|CREDENTIAL|ACCESS_KEY|SESSION|SIGNING_KEY/i.test(name) && (value ?? "").length >= 8,
    )
    .map(([name, value]) => ({ name, value: value! }));

for (const { name, dir, scripts: minimum } of OUTPUTS.filter((output) => output.scripts > 0)) {
  test(`no credentials, environment secrets or server-only code in the ${name}`, () => {
    expect(existsSync(dir), `${dir} is not built: run npm test, or npm run build and npm run export`).toBe(true);
    if (process.env.CI)
      expect(
        secretValues().map((s) => s.name),
        "npm test sets canary credentials",
      ).toContain("AWS_SECRET_ACCESS_KEY");
    if (process.env.CI)
      expect(
        secretValues().map((s) => s.name),
        "npm test signs the status",
      ).toContain("STATUS_SIGNING_KEY");
    let scripts = 0;
    const found: string[] = [];
    const values = secretValues();
    for (const file of files(dir)) {
      const text = readFileSync(file).toString("utf8");
      if (file.endsWith(".js")) scripts++;
      for (const pattern of CREDENTIAL_PATTERNS) if (pattern.test(text)) found.push(`${file} matches ${pattern}`);
      for (const { name: variable, value } of values)
        if (text.includes(value)) found.push(`${file} contains the value of ${variable}`);
      if (file.endsWith(".js"))
        for (const marker of leaksIn(text, SERVER_ONLY)) found.push(`${file} contains server-only ${marker}`);
    }
    expect(found).toEqual([]);
    expect(scripts).toBeGreaterThanOrEqual(minimum);
  });
}
