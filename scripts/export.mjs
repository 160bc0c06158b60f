// `npm run export`: a fully static site in out/, for any CDN or S3 bucket. The live status is
// baked in at build time; schedule this (see README) to refresh it.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { buildSite, ensureDependencies } from "./lib.mjs";

ensureDependencies();
buildSite({ NEXT_OUTPUT: "export" });

// No server means no redirects: each retired section id gets a page that forwards the reader.
const require = createRequire(import.meta.url);
const { sectionRedirects } = require("../lib/content/aliases.cjs");
for (const { source, destination } of sectionRedirects()) {
  const file = path.join("out", `${source}.html`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `<!doctype html><html><head><meta charset="utf-8"><title>Moved</title><meta name="robots" content="noindex"><link rel="canonical" href="${destination}"><meta http-equiv="refresh" content="0; url=${destination}"></head><body><p><a href="${destination}">${destination}</a></p></body></html>\n`,
  );
  console.log(`redirect page ${file} -> ${destination}`);
}
console.log("\nStatic site written to out/. Serve it from any static host, e.g. `npx serve out`.");
