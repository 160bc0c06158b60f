import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, PROJECT_CODE } from "../scripts/lib.mjs";

// `npm run dev` on a copy of the project: a writer saves an MDX file and the open page updates.
// The copy lives under .cache/ inside the repo so Turbopack's root (the repo) contains node_modules.
let PORT = 0;
let dir = "";
let server: ChildProcess | undefined;

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(330_000);
  PORT = await freePort();
  dir = mkdtempSync(path.join(process.cwd(), ".cache", "dev-"));
  for (const entry of [...PROJECT_CODE, "content", "package-lock.json"]) {
    cpSync(entry, path.join(dir, entry), { recursive: true, preserveTimestamps: true });
  }
  symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  server = spawn("node", ["scripts/dev.mjs"], {
    cwd: dir,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, PWD: dir, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`http://localhost:${PORT}/security/backups`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("npm run dev did not serve the page within 300 s");
});

test.afterAll(async () => {
  const running = server;
  if (running?.pid && running.exitCode === null) {
    // The dev server keeps writing .next/dev until it has exited: wait before removing the copy.
    const exited = new Promise((resolve) => running.once("exit", resolve));
    process.kill(-running.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    // Next's own worker processes may outlive the script that started them.
    try {
      process.kill(-running.pid, "SIGKILL");
    } catch {
      // the whole group has already exited
    }
  }
  // Cleanup is housekeeping inside the git-ignored .cache/, not behaviour under test.
  try {
    if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
  } catch (error) {
    console.warn(`could not remove ${dir}: ${(error as Error).message}`);
  }
});

test("saving an MDX file updates the page a writer has open", async ({ page }) => {
  await page.goto(`http://localhost:${PORT}/security/backups`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backups");
  const file = path.join(dir, "content", "en", "backups.mdx");
  const edited = readFileSync(file, "utf8").replace(/^title: Backups$/m, "title: Backups and snapshots");
  // Contentlayer's watcher can still be starting when the page first answers, and a save made
  // before it watches is never seen; a writer then saves again. Each save differs, so each is a change.
  // A save recompiles the page and reloads it: on a busy machine that takes longer than 20 s, and
  // saving again while it runs starts it over, so a writer waits 45 s before saving again.
  let saves = 0;
  await expect(async () => {
    writeFileSync(file, edited + "\n".repeat(++saves));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backups and snapshots", { timeout: 45_000 });
  }).toPass({ timeout: 150_000 });
});
