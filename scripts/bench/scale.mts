// `npm run bench:scale`: builds a copy of the project with 10, 100 and 1,000 sections (in both
// languages) and prints the build time and output size of each, and how they grow.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildEnv, PROJECT_CODE, run } from "../lib.mjs";
import { growthExponent } from "./growth.mjs";
import { scaledSections, type SourceSection } from "./scale-content.mjs";
import { markdownTable } from "./table.mjs";

const SIZES = [10, 100, 1_000];
const ROOT = process.cwd();
// Inside the repo, with node_modules a symlink to the repo's (the OG images read fonts from
// <cwd>/node_modules). No lock file is copied, so Next takes the repo, which holds both the copy
// and the symlink's target, as its root: Turbopack refuses a symlink that leaves its root.
const WORK = path.join(ROOT, ".cache/bench-scale");
const COPIED = [...PROJECT_CODE, "content"];
const LOCALES = ["en", "zh"];

function dirBytes(dir: string, keep: (file: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && keep(file)) total += statSync(file).size;
  }
  return total;
}

function writeContent(count: number) {
  for (const locale of LOCALES) {
    const dir = path.join(ROOT, "content", locale);
    const originals: SourceSection[] = readdirSync(dir)
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => {
        const mdx = readFileSync(path.join(dir, f), "utf8");
        return { id: f.replace(/\.mdx$/, ""), order: Number(/^order: (\d+)/m.exec(mdx)?.[1]), mdx };
      });
    const target = path.join(WORK, "content", locale);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    for (const [name, mdx] of scaledSections(originals, count)) writeFileSync(path.join(target, name), mdx);
  }
}

/** Runs one build step in the copy; Contentlayer reads its directory from $PWD, so both are set. */
function step(command: string, args: string[]): number {
  const started = performance.now();
  const status = run(path.join(ROOT, "node_modules/.bin", command), args, {
    cwd: WORK,
    env: { ...buildEnv(), PWD: WORK },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${status} in ${WORK}`);
  return (performance.now() - started) / 1000;
}

rmSync(WORK, { recursive: true, force: true });
for (const entry of COPIED.filter((e) => existsSync(path.join(ROOT, e))))
  cpSync(path.join(ROOT, entry), path.join(WORK, entry), { recursive: true });
symlinkSync(path.join(ROOT, "node_modules"), path.join(WORK, "node_modules"));

type Point = { sections: number; contentSeconds: number; nextSeconds: number; distBytes: number; htmlBytes: number };
const points: Point[] = [];
for (const sections of SIZES) {
  writeContent(sections);
  for (const dir of [".next", ".contentlayer"]) rmSync(path.join(WORK, dir), { recursive: true, force: true });
  console.log(`\n${sections} sections: building…`);
  const contentSeconds = step("contentlayer2", ["build"]) + step("tsx", ["scripts/check-content.ts"]);
  const nextSeconds = step("next", ["build"]);
  const dist = path.join(WORK, ".next");
  // The build cache is not output; it only speeds up the next build.
  const distBytes = dirBytes(dist, (f) => !f.startsWith(path.join(dist, "cache") + path.sep));
  const htmlBytes = dirBytes(path.join(dist, "server/app"), (f) => f.endsWith(".html"));
  points.push({ sections, contentSeconds, nextSeconds, distBytes, htmlBytes });
  console.log(`${sections} sections: ${(contentSeconds + nextSeconds).toFixed(0)} s`);
}

const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
console.log(
  `\n${markdownTable(
    [
      "sections (per language)",
      "content build + check",
      "next build",
      "total",
      ".next (without cache/)",
      "prerendered HTML",
    ],
    points.map((p) => [
      String(p.sections),
      `${p.contentSeconds.toFixed(0)} s`,
      `${p.nextSeconds.toFixed(0)} s`,
      `${(p.contentSeconds + p.nextSeconds).toFixed(0)} s`,
      MiB(p.distBytes),
      MiB(p.htmlBytes),
    ]),
  )}\n`,
);
const slope = (a: Point, b: Point, value: (p: Point) => number) =>
  growthExponent({ n: a.sections, value: value(a) }, { n: b.sections, value: value(b) }).toFixed(2);
console.log(
  markdownTable(
    ["growth exponent (log-log slope)", "build time", ".next", "prerendered HTML"],
    points.slice(1).map((b, i) => {
      const a = points[i]!;
      return [
        `${a.sections} → ${b.sections}`,
        slope(a, b, (p) => p.contentSeconds + p.nextSeconds),
        slope(a, b, (p) => p.distBytes),
        slope(a, b, (p) => p.htmlBytes),
      ];
    }),
  ),
);
