// Shared by the npm entry points. Node built-ins only: these run before dependencies exist.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", shell: false, ...options });
  return result.status ?? 1;
}

export function runOrExit(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} exited with ${status}`);
    process.exit(status);
  }
}

/** npm ci when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = "node_modules/.package-lock.json";
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync("package-lock.json").mtimeMs) return;
  console.log("Installing dependencies (npm ci)…");
  runOrExit("npm", ["ci", "--no-audit", "--no-fund"]);
}

export const bin = (name) => `node_modules/.bin/${name}`;

/** Contentlayer, the site-wide content check, then next build. */
export function buildSite(extraEnv = {}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv };
  runOrExit(bin("contentlayer2"), ["build"], { env });
  runOrExit(bin("tsx"), ["scripts/check-content.ts"], { env });
  runOrExit(bin("next"), ["build"], { env });
}
