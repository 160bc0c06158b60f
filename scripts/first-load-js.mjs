// First-load JavaScript of built pages: every script a page's HTML loads, gzip-compressed.
// (Next 16's build output no longer prints this column.) Usage: node scripts/first-load-js.mjs [html files…]
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export function firstLoadBytes(htmlFile) {
  const html = readFileSync(htmlFile, "utf8");
  // noModule scripts are legacy polyfills that current browsers never download.
  const tags = Array.from(html.matchAll(/<script[^>]*>/g), (m) => m[0]).filter((tag) => !/\snoModule/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => /\ssrc="(\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1] ?? []));
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(readFileSync(path.join(".next", src.replace(/^\/_next\//, "")))).length;
  return { scripts: sources.size, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : [".next/server/app/index.html", ".next/server/app/security.html"];
  for (const file of files) {
    const { scripts, bytes } = firstLoadBytes(file);
    console.log(`${file}: ${scripts} scripts, ${(bytes / 1024).toFixed(1)} kB gzip`);
  }
}
