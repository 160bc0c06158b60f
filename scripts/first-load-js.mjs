// First-load JavaScript of pages: every script a page's HTML loads, gzip-compressed.
// (Next 16's build output no longer prints this column.) Usage: node scripts/first-load-js.mjs [html files…]
// `npm run bench` uses the same functions on the pages as served and on a blank app built beside it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { withoutFrameworkRuntime } from "../lib/html/runtime.mjs";
import { scriptElements } from "../lib/html/scripts.mjs";

/** The distinct scripts a page loads (Next's and lib/islands'); noModule scripts are legacy polyfills that current browsers never download. */
export function pageScripts(html) {
  const sources = scriptElements(html)
    .filter(({ attributes }) => attributes.nomodule === undefined)
    .map(({ attributes }) => attributes.src ?? "")
    .filter((src) => /^\/(_next\/static|islands)\/.+\.js$/.test(src));
  return [...new Set(sources)];
}

/**
 * Scripts and their total gzip bytes for a page's HTML; distDir is the build folder that holds
 * static/, publicDir the folder of files served as they are (the islands).
 */
export function firstLoadBytes(html, { distDir = ".next", publicDir = "public" } = {}) {
  const sources = pageScripts(html);
  let bytes = 0;
  for (const src of sources) {
    const file = src.startsWith("/_next/") ? path.join(distDir, src.replace(/^\/_next\//, "")) : path.join(publicDir, src);
    bytes += gzipSync(readFileSync(file)).length;
  }
  return { scripts: sources.length, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : [".next/server/app/index.html", ".next/server/app/security.html", ".next/server/app/questionnaire.html"];
  for (const file of files) {
    // As the production server sends it (scripts/serve.mjs).
    const { scripts, bytes } = firstLoadBytes(withoutFrameworkRuntime(readFileSync(file, "utf8")));
    console.log(`${file}: ${scripts} scripts, ${(bytes / 1024).toFixed(1)} kB gzip`);
  }
}
