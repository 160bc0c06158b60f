import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { entryAt, pullsWithRuns } from "@/test/history-entries";
import { RETENTION_DAYS } from "./entry";
import { JsonLinesHistoryStore } from "./jsonl-store";
import { checkTimeline } from "./timeline";

// The history file of static exports (status:pull): real processes writing at once, and dying
// mid-write, lose or corrupt no entry. The server's store has its own tests (db-store.test.ts).
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "history-"));
  dirs.push(dir);
  return path.join(dir, "history.jsonl");
};

function writer(...args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn("node_modules/.bin/tsx", ["test/history-writer.ts", ...args], { stdio: "inherit" });
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
}

const DAY = 86_400_000;

describe("JSON lines (status:pull, static exports)", () => {
  it("keeps every entry when four processes append at once", async () => {
    const file = tempFile();
    const results = await Promise.all(Array.from({ length: 4 }, () => writer(file, "25")));
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const entries = new JsonLinesHistoryStore(file).since(new Date(0));
    expect(entries).toHaveLength(100);
    expect(new Set(entries.map((e) => e.items[1]?.id)).size).toBe(4);
  });

  it("loses and corrupts nothing when a writer dies mid-write", async () => {
    const file = tempFile();
    expect((await writer(file, "3")).code).toBe(0);
    const crash = await writer(file, "0", "crash-mid-line");
    // Killed by SIGKILL (tsx, the parent, reports it as exit 137).
    expect(crash.signal === "SIGKILL" || crash.code === 137).toBe(true);
    expect(existsSync(`${file}.lock`)).toBe(true); // left behind by the dead writer
    expect((await writer(file, "2")).code).toBe(0);
    expect(new JsonLinesHistoryStore(file).since(new Date(0))).toHaveLength(5);
    expect(readFileSync(file, "utf8").split("\n").filter(Boolean)).toHaveLength(6); // 5 entries and the torn fragment, on its own line
  });

  it(`keeps ${RETENTION_DAYS} days`, () => {
    const store = new JsonLinesHistoryStore(tempFile());
    const now = Date.now();
    store.append(entryAt(new Date(now - (RETENTION_DAYS + 2) * DAY)));
    store.append(entryAt(new Date(now - (RETENTION_DAYS - 2) * DAY)));
    store.append(entryAt(new Date(now)));
    expect(store.since(new Date(0)).map((e) => Math.round((now - Date.parse(e.at)) / DAY))).toEqual([
      RETENTION_DAYS - 2,
      0,
    ]);
  });

  it("gives the same timeline from a few rows when read as runs", () => {
    const store = new JsonLinesHistoryStore(tempFile());
    const end = new Date();
    const { entries } = pullsWithRuns(end);
    for (const entry of entries) store.append(entry);
    const every = store.since(new Date(0));
    const runs = store.since(new Date(0), { runs: true });
    expect(every).toHaveLength(95);
    expect(runs.length).toBeLessThanOrEqual(8);
    expect(checkTimeline(runs, "database-backups", end)).toEqual(checkTimeline(every, "database-backups", end));
  });
});
