// After `next build`: every prerendered page must pass the runtime cut (server/runtime-cut.mjs),
// so a page the cut cannot classify fails the build that made it, named, instead of failing
// later in front of a reader. Usage: node scripts/check-pages.mjs [build folder, default .next]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { removeFrameworkRuntime } from "../server/runtime-cut.mjs";

const dir = path.join(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next", "server", "app");
const pages = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".html"));
const failures = [];
for (const name of pages) {
  try {
    removeFrameworkRuntime(readFileSync(path.join(dir, name), "utf8"), path.join(dir, name));
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  }
}
if (pages.length === 0) failures.push(`${dir} holds no prerendered pages: run next build first`);
for (const failure of failures) console.error(`✗ ${failure}`);
if (failures.length) process.exit(1);
console.log(`Runtime cut: all ${pages.length} prerendered pages in ${dir} classified.`);
