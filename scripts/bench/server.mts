// The production server the bench measures, started on a free port and stopped afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { buildEnv } from "../lib.mjs";

export { freePort } from "../lib.mjs";

/**
 * The one place that says how the built site is served: the same server `npm start` runs, so
 * what Lighthouse sees is what readers get (headers included). Change it here when that changes.
 */
export function serverCommand(port: number): [string, string[]] {
  return [process.execPath, ["scripts/serve.mjs", "-p", String(port)]];
}

export type RunningServer = { origin: string; stop: () => void };

/**
 * Starts a server (by default the site's) and waits until it answers. It runs in its own
 * process group, so stopping it also stops anything it spawned.
 */
export async function startServer(
  port: number,
  [command, args] = serverCommand(port),
  {
    cwd = process.cwd(),
    env = {},
    timeoutMs = 60_000,
  }: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<RunningServer> {
  const child: ChildProcess = spawn(command, args, {
    cwd,
    env: { ...buildEnv(), ...env, PWD: cwd },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
  };
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(" ")} exited with ${child.exitCode}`);
    try {
      if ((await fetch(origin)).ok) return { origin, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`${command} ${args.join(" ")} did not answer on ${origin} within ${timeoutMs / 1000} s`);
}
