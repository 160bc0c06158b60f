// `npm test`: install what is missing (dependencies, Debian's Chromium and PostgreSQL), then
// lint, type-check, unit tests, production build and Playwright e2e. Every stage runs even if an
// earlier one fails, so one run reports everything; the last line is "N passed, N failed" for CI.
// A throwaway PostgreSQL runs for the whole command: the store's unit tests run on it and on
// SQLite, and the main e2e server stores votes in it (the status-states server in SQLite).
import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { bin, buildEnv, ensureDependencies, islandsBuild, run } from "./lib.mjs";
import { ensurePostgres, startPostgres } from "./postgres.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  console.log("Installing Debian's Chromium for the e2e tests…");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo", "-n"];
  const apt = (args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), "apt-get", ...args]) : run("apt-get", args));
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (apt(["update", "-qq"], { env }) !== 0 || apt(["install", "-y", "-qq", "chromium"], { env }) !== 0) {
    console.error("Could not install chromium (apt-get install chromium needs root).");
    return false;
  }
  return existsSync(CHROMIUM);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

ensureDependencies();
mkdirSync(".cache", { recursive: true });
// Canary credentials: the leak scan (e2e/no-leaks.spec.ts) fails if a build ever ships them. The
// signing key is made for the run: the builds publish /status.jws, which e2e verifies, and the
// leak scan checks that the private key itself is nowhere in them.
const signingKey = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const env = {
  ...buildEnv(),
  AWS_ACCESS_KEY_ID: "AKIACANARY0000000000",
  AWS_SECRET_ACCESS_KEY: "canary-secret/do-not-ship/7f3a9c2e",
  STATUS_SIGNING_KEY: signingKey,
};
// The code Prettier formats (as `npm run format`); content and data files keep their bytes.
const FORMATTED = "**/*.{ts,tsx,js,mjs,mts,cjs,css}";
const failedStages = [];
const stage = (name, command, args, extraEnv = {}) => {
  console.log(`\n▶ ${name}`);
  if (run(command, args, { env: { ...env, ...extraEnv } }) !== 0) failedStages.push(name);
};

// Without a server the store's Postgres tests fail (STORE_TEST_POSTGRES=required), not skip.
console.log("\n▶ PostgreSQL");
const postgres = ensurePostgres() ? await startPostgres().catch((error) => console.error(error.message)) : undefined;
if (!postgres) failedStages.push("postgres");
const stopPostgres = () => postgres?.stop();
process.on("SIGINT", () => {
  stopPostgres();
  process.exit(130);
});
const storeEnv = { STORE_TEST_POSTGRES: "required", ...(postgres ? { TEST_DATABASE_URL: postgres.url } : {}) };
const e2eStoreEnv = postgres ? { E2E_DATABASE_URL: postgres.createDatabase("trust_center_e2e") } : {};

stage("content", bin("contentlayer2"), ["build"]);
stage("content rules", bin("tsx"), ["scripts/check-content.ts"]);
stage("lint", bin("eslint"), ["."]);
stage("format", bin("prettier"), ["--check", "--log-level=warn", FORMATTED]);
stage("type-check", bin("tsc"), ["--noEmit"]);

const vitestReport = ".cache/vitest.json";
rmSync(vitestReport, { force: true });
stage(
  "unit tests",
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
  storeEnv,
);

stage("islands", ...islandsBuild());
stage("build", bin("next"), ["build"]);
stage("runtime cut of every page", "node", ["scripts/check-pages.mjs", ".next"]);
// A second build whose live status is a fixture holding every state, for the widget e2e tests
// (its history is the JSON-lines file beside it: e2e/fixtures/status-states.history.jsonl).
stage("build (status states)", bin("next"), ["build"], {
  NEXT_DIST_DIR: ".next-states",
  STATUS_SOURCE: "file",
  STATUS_FILE: "e2e/fixtures/status-states.json",
});
stage("runtime cut of every page (status states)", "node", ["scripts/check-pages.mjs", ".next-states"]);
stage("static export", "node", ["scripts/export.mjs"]);

const e2eReport = ".cache/playwright.json";
rmSync(e2eReport, { force: true });
if (ensureChromium())
  stage("e2e", bin("playwright"), ["test"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
    CI: process.env.CI ?? "1",
    ...e2eStoreEnv,
  });
else failedStages.push("e2e (no Chromium)");
stopPostgres();

const unit = readJson(vitestReport);
const e2e = readJson(e2eReport);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
if (failedStages.length) console.log(`\nFailed stages: ${failedStages.join(", ")}`);
console.log(
  `\nunit: ${unit?.numPassedTests ?? 0} passed, ${unit?.numFailedTests ?? 0} failed; e2e: ${e2e?.stats?.expected ?? 0} passed, ${e2e?.stats?.unexpected ?? 0} failed, ${e2e?.stats?.flaky ?? 0} flaky`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStages.length || failed ? 1 : 0);
