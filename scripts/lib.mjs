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

/**
 * The environment for builds and servers. The AWS SDK warns on every process that Node 20
 * support ends with its 2027 releases; the version here is pinned, so the warning is noise.
 */
export function buildEnv() {
  return { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", NEXT_TELEMETRY_DISABLED: "1", ...process.env };
}

/** Contentlayer, the site-wide content check, then next build; the exit code of the first failure. */
export function buildSite(extraEnv = {}) {
  const env = { ...buildEnv(), ...extraEnv };
  for (const [command, args] of [[bin("contentlayer2"), ["build"]], [bin("tsx"), ["scripts/check-content.ts"]], [bin("next"), ["build"]]]) {
    const status = run(command, args, { env });
    if (status !== 0) {
      console.error(`\n✗ ${command} ${args.join(" ")} exited with ${status}`);
      return status;
    }
  }
  return 0;
}
