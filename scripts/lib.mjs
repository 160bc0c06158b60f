// Shared by the npm entry points. Node built-ins only: these run before dependencies exist.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

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

/** npm ci when node_modules is missing or older than the lock file; then the SQLite addon. */
export function ensureDependencies() {
  const marker = "node_modules/.package-lock.json";
  // A copy of the project that links another checkout's node_modules (the dev-reload test, the
  // scale bench) must never reinstall: npm ci would empty the folder the link points to.
  const linked = existsSync("node_modules") && lstatSync("node_modules").isSymbolicLink();
  if (!linked && (!existsSync(marker) || statSync(marker).mtimeMs < statSync("package-lock.json").mtimeMs)) {
    console.log("Installing dependencies (npm ci)…");
    runOrExit("npm", ["ci", "--no-audit", "--no-fund"]);
  }
  buildSqlite();
}

/**
 * better-sqlite3's install script first tries to download a prebuilt binary from GitHub, which
 * waits minutes for a network this machine does not have, so `allowScripts` denies it and the
 * addon is compiled here with npm's own node-gyp against Node's headers (about 2 minutes).
 */
export function buildSqlite() {
  const dir = "node_modules/better-sqlite3";
  if (!existsSync(dir) || existsSync(join(dir, "build/Release/better_sqlite3.node"))) return;
  const nodeGyp =
    process.env.npm_config_node_gyp ??
    join(dirname(process.execPath), "../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js");
  console.log("Compiling better-sqlite3 (node-gyp, about 2 minutes)…");
  // The compiler's warnings about SQLite's and Node's own headers are noise; shown on failure only.
  const result = spawnSync(process.execPath, [nodeGyp, "rebuild", "--release", "-j", "max"], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(`${result.stdout}${result.stderr}\n✗ compiling better-sqlite3 failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
}

export const bin = (name) => `node_modules/.bin/${name}`;

/**
 * The project's code and configuration: what a copy needs to build the site, content/ apart
 * (the second-company test, the scale bench and the dev-reload test build copies).
 */
export const PROJECT_CODE = [
  "app",
  "browser",
  "components",
  "lib",
  "public",
  "scripts",
  "server",
  "contentlayer.config.ts",
  "next.config.js",
  "package.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "vite.islands.config.mts",
];

/**
 * The environment for builds and servers. The AWS SDK warns on every process that Node 20
 * support ends with its 2027 releases; the version here is pinned, so the warning is noise.
 */
export function buildEnv() {
  return { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", NEXT_TELEMETRY_DISABLED: "1", ...process.env };
}

/** The browser code of every page (browser/islands/), into public/islands/; `watch` rebuilds on change. */
export function islandsBuild(watch = false) {
  return [bin("vite"), ["build", "--config", "vite.islands.config.mts", ...(watch ? ["--watch"] : [])]];
}

/**
 * Contentlayer, the site-wide content check, the islands, next build, then the runtime cut over
 * every prerendered page (an export cuts its own pages); the exit code of the first failure.
 */
export function buildSite(extraEnv = {}) {
  const env = { ...buildEnv(), ...extraEnv };
  const steps = [
    [bin("contentlayer2"), ["build"]],
    [bin("tsx"), ["scripts/check-content.ts"]],
    [bin("tsx"), ["scripts/documents-examples.mts"]],
    islandsBuild(),
    [bin("next"), ["build"]],
  ];
  if (env.NEXT_OUTPUT !== "export") steps.push(["node", ["scripts/check-pages.mjs"]]);
  for (const [command, args] of steps) {
    const status = run(command, args, { env });
    if (status !== 0) {
      console.error(`\n✗ ${command} ${args.join(" ")} exited with ${status}`);
      return status;
    }
  }
  return 0;
}

/** A port nothing listens on now: for servers the benches and tests start beside others. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
