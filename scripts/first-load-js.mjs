// First-load JavaScript of pages: every script a page's HTML loads, gzip-compressed.
// (Next 16's build output no longer prints this column.) Usage: node scripts/first-load-js.mjs [html files…]
// `npm run bench` uses the same functions on the pages as served and on a blank app built beside it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { scriptElements } from "../server/html-scripts.mjs";
import { removeFrameworkRuntime } from "../server/runtime-cut.mjs";
import { ISLANDS_PATH } from "../browser/contract/paths.mjs";

/** The distinct scripts a page loads (Next's and the islands'); noModule scripts are legacy polyfills that current browsers never download. */
export function pageScripts(html) {
  const sources = scriptElements(html)
    .filter(({ attributes }) => attributes.nomodule === undefined)
    .map(({ attributes }) => attributes.src ?? "")
    .filter((src) => (src.startsWith("/_next/static/") || src.startsWith(ISLANDS_PATH)) && src.endsWith(".js"));
  return [...new Set(sources)];
}

/**
 * An island entry's own file and the chunks it imports statically, which the browser fetches
 * before running it; from vite's manifest (vite.islands.config.mts). Lazy chunks are not counted.
 */
function islandFiles(src, publicDir) {
  const dir = path.join(publicDir, ISLANDS_PATH);
  const manifest = JSON.parse(readFileSync(path.join(dir, ".vite/manifest.json"), "utf8"));
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const files = new Set();
  const visit = (chunk) => {
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const key of chunk.imports ?? []) visit(manifest[key]);
  };
  visit(byFile.get(src.slice(ISLANDS_PATH.length)));
  if (files.size === 0) throw new Error(`${src} is not in the islands manifest: run npm run build`);
  return [...files].map((file) => path.join(dir, file));
}

/**
 * Scripts and their total gzip bytes for a page's HTML; distDir is the build folder that holds
 * static/, publicDir the folder of files served as they are (the islands).
 */
export function firstLoadBytes(html, { distDir = ".next", publicDir = "public" } = {}) {
  const files = new Set(
    pageScripts(html).flatMap((src) =>
      src.startsWith("/_next/") ? [path.join(distDir, src.replace(/^\/_next\//, ""))] : islandFiles(src, publicDir),
    ),
  );
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(file)).length;
  return { scripts: files.size, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2).length
    ? process.argv.slice(2)
    : [".next/server/app/index.html", ".next/server/app/security.html", ".next/server/app/questionnaire.html"];
  for (const file of files) {
    // As the production server sends it (scripts/serve.mjs).
    const { scripts, bytes } = firstLoadBytes(removeFrameworkRuntime(readFileSync(file, "utf8"), file));
    console.log(`${file}: ${scripts} scripts, ${(bytes / 1024).toFixed(1)} kB gzip`);
  }
}
