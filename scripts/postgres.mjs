// A throwaway PostgreSQL server for tests: Debian's `postgresql` package, a cluster in a temp
// folder, TCP on 127.0.0.1 only, stopped and deleted at the end. Node built-ins only, so
// scripts/test.mjs can use it before anything else is installed.
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./lib.mjs";

const ROOT = "/usr/lib/postgresql";

/** The newest installed server's bin folder (Debian keeps one per major version), or undefined. */
export function postgresBin() {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN;
  if (!existsSync(ROOT)) return undefined;
  const versions = readdirSync(ROOT)
    .filter((v) => existsSync(path.join(ROOT, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(ROOT, versions[0], "bin") : undefined;
}

/** apt-get install postgresql when no server is installed (CI runs as root; elsewhere sudo -n). */
export function ensurePostgres() {
  if (postgresBin()) return true;
  console.log("Installing Debian's PostgreSQL for the store's tests…");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo", "-n"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args) =>
    spawnSync(sudo[0] ?? "apt-get", [...sudo.slice(1), ...(sudo.length ? ["apt-get"] : []), ...args], {
      stdio: "inherit",
      env,
    }).status;
  if (apt(["update", "-qq"]) !== 0 || apt(["install", "-y", "-qq", "postgresql"]) !== 0) {
    console.error("Could not install postgresql (apt-get install postgresql needs root).");
    return false;
  }
  return Boolean(postgresBin());
}

/**
 * PostgreSQL refuses to run as root, so as root every server command runs as Debian's
 * `postgres` user (created by the package) and the cluster folder is handed to it.
 */
function runner(dir) {
  if (process.getuid?.() !== 0) return (command, args) => [command, args];
  chownSync(
    dir,
    Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout),
    Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout),
  );
  return (command, args) => ["runuser", ["-u", "postgres", "--", command, ...args]];
}

function check(result, what) {
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
}

/**
 * Starts a cluster and creates `database`. Returns its URL and stop/restart. fsync is off (a
 * test cluster need not survive a power cut); commits stay synchronous, so a crash of the
 * server alone (`restart("immediate")`) loses nothing that was committed.
 */
export async function startPostgres({ database = "trust_center_test" } = {}) {
  const bin = postgresBin();
  if (!bin)
    throw new Error("PostgreSQL is not installed: apt-get install postgresql (npm test does it when run as root).");
  const dir = mkdtempSync(path.join(tmpdir(), "pg-"));
  const data = path.join(dir, "data");
  const as = runner(dir);
  const exec = (name, args) => {
    const [command, argv] = as(path.join(bin, name), args);
    return spawnSync(command, argv, { encoding: "utf8", cwd: dir });
  };
  // For restarts while the caller's own requests are in flight: its event loop must keep running.
  const execAsync = (name, args) => {
    const [command, argv] = as(path.join(bin, name), args);
    return promisify(execFile)(command, argv, { cwd: dir });
  };
  check(exec("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale"]), "initdb");
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories='' -c fsync=off -c full_page_writes=off -c max_connections=60`;
  const start = () =>
    check(
      exec("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-o", options, "-w", "-t", "60", "start"]),
      "pg_ctl start",
    );
  const stopWith = (mode) => exec("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]);
  start();
  check(exec("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database]), "createdb");
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    port,
    /** Another empty database on the same server, e.g. one for the e2e servers beside the unit tests'. */
    createDatabase(name) {
      check(exec("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name]), "createdb");
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    /**
     * Stops the server as a crash ("immediate") or an operator ("fast") would, waits `downMs`,
     * then starts it again; asynchronous, so the caller's requests run on meanwhile.
     */
    async restart(mode = "fast", downMs = 0) {
      await execAsync("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]);
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await execAsync("pg_ctl", [
        "-D",
        data,
        "-l",
        path.join(dir, "server.log"),
        "-o",
        options,
        "-w",
        "-t",
        "60",
        "start",
      ]);
    },
    stop() {
      stopWith("fast");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
