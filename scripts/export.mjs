// `npm run export`: a fully static site in out/, for any CDN or S3 bucket. The live status is
// baked in at build time; schedule this (see README) to refresh it.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { bin, buildEnv, buildSite, ensureDependencies, run } from "./lib.mjs";
import { withPolicyMeta } from "../server/policy-meta.mjs";
import { removeFrameworkRuntime } from "../server/runtime-cut.mjs";

ensureDependencies();
// An export build works in .next as well as writing out/; keep the server build that may be
// there (npm start, the e2e suite) aside and put it back afterwards.
const kept = ".next-kept-during-export";
rmSync(kept, { recursive: true, force: true });
if (existsSync(".next")) renameSync(".next", kept);
let built = 1;
try {
  built = buildSite({ NEXT_OUTPUT: "export" });
} finally {
  rmSync(".next", { recursive: true, force: true });
  if (existsSync(kept)) renameSync(kept, ".next");
}
if (built !== 0) process.exit(built);

// No server means no redirects: each retired section id gets a page that forwards the reader.
const require = createRequire(import.meta.url);
const { readContentRoutes } = require("../lib/content/content-routes.cjs");
for (const { source, destination } of readContentRoutes().redirects) {
  const file = path.join("out", `${source}.html`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `<!doctype html><html><head><meta charset="utf-8"><title>Moved</title><meta name="robots" content="noindex"><link rel="canonical" href="${destination}"><meta http-equiv="refresh" content="0; url=${destination}"></head><body><p><a href="${destination}">${destination}</a></p></body></html>\n`,
  );
  console.log(`redirect page ${file} -> ${destination}`);
}
// Public documents' files, for a static host with no server deployment to download them from
// (with NEXT_PUBLIC_DOCUMENTS_URL the page links to that deployment instead).
if (!process.env.NEXT_PUBLIC_DOCUMENTS_URL) {
  const copied = run(bin("tsx"), ["scripts/export-documents.mts"], { env: buildEnv() });
  if (copied !== 0) process.exit(copied);
}
// Each section as data beside its page (/security/<id>.md, .json): the server rewrites these
// paths to app/site-data/; a static host has no rewrites, so the files move there.
for (const { locale, whitepaper } of readContentRoutes().locales) {
  const dir = path.join("out", whitepaper);
  const from = path.join("out", "site-data", locale);
  if (!existsSync(from)) continue;
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(from)) renameSync(path.join(from, name), path.join(dir, name));
}
rmSync(path.join("out", "site-data"), { recursive: true, force: true });
// Each locale's own 404 where static hosts look for it (Netlify, Cloudflare Pages: the nearest 404.html).
for (const { home } of readContentRoutes().locales) {
  const page = path.join("out", home, "page-not-found.html");
  if (home !== "/" && existsSync(page)) copyFileSync(page, path.join("out", home, "404.html"));
}
// Pages go out without Next's runtime, as from the server (server/runtime-cut.mjs); a page the cut
// cannot classify stops the export, naming the file. Every page carries the policy as a <meta>
// element; the feedback widget may post to a configured origin.
const feedbackUrl = process.env.NEXT_PUBLIC_FEEDBACK_URL;
const connect = feedbackUrl ? [new URL(feedbackUrl).origin] : [];
// The subscription form posts to the server deployment named by NEXT_PUBLIC_SUBSCRIBE_URL.
const subscribeUrl = process.env.NEXT_PUBLIC_SUBSCRIBE_URL;
const forms = subscribeUrl ? [new URL(subscribeUrl).origin] : [];
const pages = readdirSync("out", { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".html"));
for (const name of pages) {
  const file = path.join("out", name);
  writeFileSync(file, withPolicyMeta(removeFrameworkRuntime(readFileSync(file, "utf8"), file), { connect, forms }));
}
console.log(`Content-Security-Policy written into ${pages.length} pages.`);
// Without STATUS_SIGNING_KEY there is nothing signed to publish: drop the routes' "Not found" files.
if (!process.env.STATUS_SIGNING_KEY)
  for (const file of ["status.jws", ".well-known/jwks.json"]) rmSync(path.join("out", file), { force: true });
console.log("\nStatic site written to out/. Serve it from any static host, e.g. `npx serve out`.");
