import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_CODE } from "../scripts/lib.mjs";

// The product is for any company: who runs the site is content/site.yaml and the rest of
// content/. A copy of the project with a made-up company's configuration and content builds,
// and nothing of the first company is left in what the build ships. Slow (a whole next build):
// it runs the build steps only, with type checking left to `npm run typecheck`.
const ROOT = process.cwd();
const FIRST = /upkeep/i;
const SECOND = "Brightwave";

// Inside the project: Turbopack refuses a node_modules symlink that leaves its root.
mkdirSync(path.join(ROOT, ".cache"), { recursive: true });
const work = mkdtempSync(path.join(ROOT, ".cache", "second-company-"));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** content/ with the company's name replaced everywhere: texts, site.yaml, demo resource names. */
function copyContent(from: string, to: string) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) {
      mkdirSync(target, { recursive: true });
      copyContent(source, target);
    } else {
      writeFileSync(
        target,
        readFileSync(source, "utf8")
          .replace(/UpKeep/g, SECOND)
          .replace(/upkeep/gi, SECOND.toLowerCase()),
      );
    }
  }
}

function step(command: string, args: string[]) {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin", command), args, {
    cwd: work,
    encoding: "utf8",
    // Contentlayer takes its working directory from $PWD.
    env: {
      ...process.env,
      PWD: work,
      NO_COLOR: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: ".next",
      NEXT_OUTPUT: "",
    },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

describe("a second company", () => {
  it(
    "builds from its own configuration and content, with no trace of the first",
    () => {
      // public/islands/ is built output: the copy builds its own.
      const built = path.join(ROOT, "public", "islands");
      // A fresh clone has no public/ until the islands are built (nothing in it is tracked).
      for (const entry of PROJECT_CODE.filter((name) => existsSync(path.join(ROOT, name))))
        cpSync(path.join(ROOT, entry), path.join(work, entry), {
          recursive: true,
          filter: (source) => !source.startsWith(built),
        });
      copyContent(path.join(ROOT, "content"), path.join(work, "content"));
      symlinkSync(path.join(ROOT, "node_modules"), path.join(work, "node_modules"));
      writeFileSync(
        path.join(work, "next.config.js"),
        `${readFileSync(path.join(work, "next.config.js"), "utf8")}\nmodule.exports.typescript = { ignoreBuildErrors: true };\n`,
      );

      step("contentlayer2", ["build"]);
      step("tsx", ["scripts/check-content.ts"]);
      step("vite", ["build", "--config", "vite.islands.config.mts", "--logLevel", "error"]);
      step("next", ["build"]);

      const shipped = [".next/server/app", ".next/static", "public", ".generated"].flatMap((dir) =>
        filesUnder(path.join(work, dir)),
      );
      const home = readFileSync(path.join(work, ".next/server/app/index.html"), "utf8");
      expect(home).toContain(`${SECOND} Trust Center`);
      expect(shipped.length).toBeGreaterThan(100);
      const traces = shipped.filter(
        (file) => FIRST.test(readFileSync(file).toString("latin1")) || FIRST.test(readFileSync(file, "utf8")),
      );
      expect(traces.map((file) => path.relative(work, file))).toEqual([]);
    },
    15 * 60_000,
  );
});
