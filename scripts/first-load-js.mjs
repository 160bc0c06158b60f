// First-load JavaScript of built pages: every script a page's HTML loads, gzip-compressed.
// (Next 16's build output no longer prints this column.) Usage: node scripts/first-load-js.mjs [html files…]
// `npm run bench` uses the same functions for the site and for a blank app built beside it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { scriptElements } from "../lib/html/scripts.mjs";

/** The distinct /_next/static scripts an HTML page loads; noModule scripts are legacy polyfills that current browsers never download. */
export function pageScripts(html) {
  const sources = scriptElements(html)
    .filter(({ attributes }) => attributes.nomodule === undefined)
    .map(({ attributes }) => attributes.src ?? "")
    .filter((src) => /^\/_next\/static\/.+\.js$/.test(src));
  return [...new Set(sources)];
}

/** Scripts and their total gzip bytes for a built HTML file; distDir is the build folder that holds static/. */
export function firstLoadBytes(htmlFile, distDir = ".next") {
  const sources = pageScripts(readFileSync(htmlFile, "utf8"));
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(readFileSync(path.join(distDir, src.replace(/^\/_next\//, "")))).length;
  return { scripts: sources.length, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : [".next/server/app/index.html", ".next/server/app/security.html"];
  for (const file of files) {
    const { scripts, bytes } = firstLoadBytes(file);
    console.log(`${file}: ${scripts} scripts, ${(bytes / 1024).toFixed(1)} kB gzip`);
  }
}
