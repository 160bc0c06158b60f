import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";

// An exclusive lock between processes: a file created with O_EXCL holding its owner's pid. A
// lock whose owner died (a crashed pull) is taken over; a live owner is waited for.

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function ownerAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lock, "utf8"));
  } catch {
    return true; // being created or already gone: try again
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class LockTimeoutError extends Error {
  override name = "LockTimeoutError";
}

export function withFileLock<T>(lock: string, run: () => T, timeoutMs = 15_000): T {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (!ownerAlive(lock)) {
        try {
          unlinkSync(lock);
        } catch {
          // another waiter took it over first
        }
        continue;
      }
      if (Date.now() > deadline) throw new LockTimeoutError(`${lock} is held by a running process`);
      sleep(10 + Math.random() * 20);
    }
  }
  try {
    return run();
  } finally {
    unlinkSync(lock);
  }
}
