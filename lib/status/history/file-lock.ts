import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";

// An exclusive lock between processes: a file created with O_EXCL holding its owner's pid. A
// lock whose owner died (a crashed pull) is taken over; a live owner is waited for.

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function ownerAlive(lock: string): boolean {
  let text: string;
  let age: number;
  try {
    text = readFileSync(lock, "utf8");
    age = Date.now() - statSync(lock).mtimeMs;
  } catch {
    return true; // already gone: try again
  }
  // Created but its pid not yet written: alive, unless it stayed so long that its owner died in between.
  if (text === "") return age < 5_000;
  const pid = Number(text);
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
