import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { addVote } from "../lib/feedback/store";
import type { StoreConfig } from "../lib/store/config";
import { openStore } from "../lib/store/open";
import { describeEngines } from "../test/store-engines";

async function report(config: StoreConfig) {
  const env = config.engine === "sqlite" ? { STORE_FILE: config.file, DATABASE_URL: "" } : { DATABASE_URL: config.url };
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/feedback-report.mts"], {
    env: { ...process.env, ...env },
  });
  return stdout;
}

describeEngines("npm run feedback:report", (engine) => {
  it("prints votes per section and every comment, with terminal control codes removed", async () => {
    const config = await engine.fresh();
    const store = await openStore(config);
    await addVote(store, { section: "backups", locale: "en", helpful: true });
    await addVote(store, { section: "backups", locale: "zh", helpful: true });
    await addVote(store, {
      section: "backups",
      locale: "en",
      helpful: false,
      comment: "\u001b[2J\u001b[31mWhere are restores tested?\u001b[0m <script>x</script>",
    });
    await addVote(store, { section: "mfa", locale: "en", helpful: false });
    await store.close();

    const out = await report(config);
    expect(out).toContain("4 votes");
    expect(out).toMatch(/backups\s+2\s+1\s+67%/);
    expect(out).toMatch(/mfa\s+0\s+1\s+0%/);
    expect(out).toContain("backups (en, not helpful): [2J[31mWhere are restores tested?[0m <script>x</script>");
    expect(out).not.toContain("\u001b");
    if (engine.name === "sqlite") expect(out).toContain("Integrity check: ok");
    // The report names the database, never its credentials.
    if (config.engine === "postgres") expect(out).toMatch(/Feedback in PostgreSQL 127\.0\.0\.1:\d+\/\w+: 4 votes/);
  }, 30_000);

  if (engine.name === "sqlite") {
    it("says so when nobody has voted yet", async () => {
      const config = await engine.fresh();
      expect(await report(config)).toMatch(/No feedback yet/);
    }, 30_000);
  }
});
