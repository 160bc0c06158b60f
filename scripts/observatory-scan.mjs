// Scans a host with the MDN HTTP Observatory and prints the result as JSON on stdout:
//   NODE_EXTRA_CA_CERTS=ca.crt node scripts/observatory-scan.mjs localhost
// The scanner only speaks to ports 80 and 443 of the host and trusts only the CAs Node knows at
// start-up, so a test runs this in a child process whose NODE_EXTRA_CA_CERTS names its own CA.
import { existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const packageDir = path.dirname(createRequire(import.meta.url).resolve("@mdn/mdn-http-observatory/package.json"));

// The package's install script downloads Chromium's HSTS preload list into conf/; that script is
// denied (allowScripts) because it needs the internet. An empty list means "not preloaded",
// which is the truth for a host under test. (The TLD list it also downloads is used by its API
// server only, not by the scanner.)
const preloadList = path.join(packageDir, "conf", "hsts-preload.json");
if (!existsSync(preloadList)) writeFileSync(preloadList, "{}\n");

const { scan } = await import(pathToFileURL(path.join(packageDir, "src", "scanner", "index.js")).href);
const { getRecommendation } = await import(pathToFileURL(path.join(packageDir, "src", "grader", "grader.js")).href);

const hostname = process.argv[2] ?? "localhost";
const result = await scan(hostname);
for (const test of Object.values(result.tests)) test.recommendation = getRecommendation(test.result);
process.stdout.write(`${JSON.stringify(result)}\n`);
