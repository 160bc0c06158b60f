import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { FeedbackStore } from "../lib/feedback/store";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function report(file: string) {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/feedback-report.mts"], { env: { ...process.env, FEEDBACK_DB: file } });
  return stdout;
}

describe("npm run feedback:report", () => {
  it("prints votes per section and every comment, with terminal control codes removed", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "feedback-report-"));
    const file = path.join(dir, "votes.sqlite");
    const store = new FeedbackStore(file);
    store.add({ section: "backups", locale: "en", helpful: true });
    store.add({ section: "backups", locale: "zh", helpful: true });
    store.add({ section: "backups", locale: "en", helpful: false, comment: "\u001b[2J\u001b[31mWhere are restores tested?\u001b[0m <script>x</script>" });
    store.add({ section: "mfa", locale: "en", helpful: false });
    store.close();

    const out = await report(file);
    expect(out).toContain("4 votes");
    expect(out).toMatch(/backups\s+2\s+1\s+67%/);
    expect(out).toMatch(/mfa\s+0\s+1\s+0%/);
    expect(out).toContain("backups (en, not helpful): [2J[31mWhere are restores tested?[0m <script>x</script>");
    expect(out).not.toContain("\u001b");
    expect(out).toContain("Integrity check: ok");
  }, 30_000);

  it("says so when nobody has voted yet", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "feedback-report-"));
    expect(await report(path.join(dir, "none.sqlite"))).toMatch(/No feedback yet/);
  }, 30_000);
});
