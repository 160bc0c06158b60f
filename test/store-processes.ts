import { spawn } from "node:child_process";
import type { StoreConfig } from "../lib/store/config";

export type WorkerJob = { config: StoreConfig } & (
  | { action: "open" }
  | { action: "take"; times: number; burst: number }
  | { action: "consume"; tokens: string[] }
  | { action: "claim"; keys: string[] }
  | { action: "votes"; count: number }
  | { action: "history"; count: number }
  | { action: "history-crash" }
  | { action: "mail"; url: string }
) & {
    /** Kill the worker (SIGKILL) this long after "go": a crash at whatever it was doing then. */
    killAfterMs?: number;
  };

/**
 * Runs one worker process (test/store-worker.mts) per job and releases them together: each
 * says "ready" once loaded, and all get "go" when the last is ready, so they really race.
 * Resolves with their results, in the order of the jobs; rejects when one fails or is killed.
 * Another `script` may run other jobs (test/documents-worker.mts) the same way.
 */
export async function runWorkers<T, J extends { config: StoreConfig; killAfterMs?: number } = WorkerJob>(
  jobs: J[],
  script = "test/store-worker.mts",
): Promise<T[]> {
  const children = jobs.map((job) =>
    spawn(process.execPath, ["--import", "tsx", script, JSON.stringify(job)], {
      stdio: ["pipe", "pipe", "inherit"],
      timeout: 60_000,
    }),
  );
  const lines = children.map(() => [] as string[]);
  let ready = 0;
  const go = () =>
    children.forEach((c, i) => {
      c.stdin.end("go\n");
      const after = jobs[i]?.killAfterMs;
      if (after !== undefined) setTimeout(() => c.kill("SIGKILL"), after);
    });
  const done = children.map(
    (child, i) =>
      new Promise<T>((resolve, reject) => {
        let buffer = "";
        child.stdout.on("data", (chunk: Buffer) => {
          buffer += chunk.toString("utf8");
          for (let at = buffer.indexOf("\n"); at >= 0; at = buffer.indexOf("\n")) {
            const line = buffer.slice(0, at);
            buffer = buffer.slice(at + 1);
            lines[i]!.push(line);
            if (line === "ready" && ++ready === children.length) go();
          }
        });
        child.on("close", (code, signal) => {
          const last = lines[i]!.at(-1);
          if (code !== 0 || !last || last === "ready") reject(new Error(`worker ${i} exited with ${code ?? signal}`));
          else resolve(JSON.parse(last) as T);
        });
      }),
  );
  return Promise.all(done);
}
