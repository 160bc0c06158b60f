// `npm run bench`: builds the production site once and measures, in that one run, Lighthouse
// (mobile) per route, first-load JavaScript against a blank App Router page built beside it, and
// the whitepaper's HTML against its visible text; then checks the budgets of issue 6.
// Exits 0 when the measurement ran, met or not: it reports, it does not gate.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { firstLoadBytes } from "../first-load-js.mjs";
import { buildSite } from "../lib.mjs";
import { checkBudgets, type RouteMeasurement } from "./budgets.mjs";
import { buildFloor, startFloorServer } from "./floor.mjs";
import { auditUrls } from "./lighthouse.mjs";
import { freePort, startServer } from "./server.mjs";
import { budgetLines, htmlTable, machineLine, routeTable } from "./table.mjs";
import { inlineScriptBytes, visibleTextBytes } from "./visible-text.mjs";

// A section with live evidence widgets, the heaviest kind of section page.
const SECTION = "backups";
const WHITEPAPER = "/security";
// An update with links to what it concerns, in both locales.
const UPDATE = "subprocessors-listed";
const ROUTES = [
  { route: "/", content: true },
  { route: WHITEPAPER, content: true },
  { route: `/security/${SECTION}`, content: true },
  { route: `/zh/security/${SECTION}`, content: true },
  { route: "/status", content: true },
  { route: "/questionnaire", content: false },
  // Issues 15 and 16: updates, subprocessors, changes, documents, in both locales where it matters.
  { route: "/updates", content: true },
  { route: "/zh/updates", content: true },
  { route: `/updates/${UPDATE}`, content: true },
  { route: "/updates/kind/subprocessor", content: true },
  { route: "/subprocessors", content: true },
  { route: "/zh/subprocessors", content: true },
  { route: "/changes", content: true },
  { route: "/zh/changes", content: true },
  { route: "/documents", content: true },
  { route: "/zh/documents", content: true },
  // Not the subscription's outcome pages (/subscribe/sent, …): they are noindex by design, which
  // Lighthouse's SEO score counts against them.
];
const LIGHTHOUSE_RUNS = 3;

const built = buildSite();
if (built !== 0) process.exit(built);
const floorBuild = buildFloor();

// The blank app is audited too: it shows what the framework alone scores on this machine.
const site = await startServer(await freePort());
const floorServer = await startFloorServer(await freePort()).catch((error) => (site.stop(), Promise.reject(error)));
const floorUrl = `${floorServer.origin}/`;
let audits: Awaited<ReturnType<typeof auditUrls>>;
// Pages as the production server sends them: reading pages without Next's runtime.
const served = new Map<string, string>();
try {
  for (const { route } of ROUTES) served.set(route, await (await fetch(site.origin + route)).text());
  console.log(
    `\nLighthouse (mobile, median of ${LIGHTHOUSE_RUNS} runs) against ${site.origin} and the blank app at ${floorServer.origin} …`,
  );
  audits = await auditUrls([...ROUTES.map(({ route }) => site.origin + route), floorUrl], LIGHTHOUSE_RUNS);
} finally {
  site.stop();
  floorServer.stop();
}

const measured: RouteMeasurement[] = ROUTES.map(({ route, content }) => ({
  route,
  content,
  lighthouse: audits.get(site.origin + route)!,
  firstLoadBytes: firstLoadBytes(served.get(route)!).bytes,
}));
const floor = {
  lighthouse: audits.get(floorUrl)!,
  firstLoadBytes: firstLoadBytes(readFileSync(floorBuild.htmlFile, "utf8"), { distDir: floorBuild.distDir }).bytes,
};
const whitepaperHtml = served.get(WHITEPAPER)!;

console.log(`\n${routeTable(measured, floor)}\n`);
console.log(`${machineLine([...audits.values()])}\n`);
console.log(
  `${htmlTable({
    route: WHITEPAPER,
    htmlBytes: Buffer.byteLength(whitepaperHtml, "utf8"),
    gzipBytes: gzipSync(whitepaperHtml).length,
    inlineScriptBytes: inlineScriptBytes(whitepaperHtml),
    textBytes: visibleTextBytes(whitepaperHtml),
  })}\n`,
);
console.log(budgetLines(checkBudgets(measured, floor)));
