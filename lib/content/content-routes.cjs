// @ts-check
// What next.config.js and the static export need from the content, in one small file that
// contentlayer.config.ts writes after each build (never Contentlayer's private output): the
// permanent redirects from earlier section ids, each locale's home and whitepaper paths, and every
// section's page with its anchors.
// Plain CommonJS, for next.config.js.
const fs = require("node:fs");
const path = require("node:path");

const CONTENT_ROUTES_FILE = path.join(__dirname, "..", "..", ".generated", "content-routes.json");

/** @typedef {{ source: string, destination: string, permanent: true }} Redirect */
/** @typedef {{ locale: string, home: string, whitepaper: string }} LocalePaths */
/** @typedef {{ id: string, locale: string, title: string, updated: string, order: number, path: string, anchors: string[] }} SectionPage */

/** @returns {{ redirects: Redirect[], locales: LocalePaths[], sections: SectionPage[] }} */
function readContentRoutes() {
  if (!fs.existsSync(CONTENT_ROUTES_FILE)) {
    // Without it, links to retired section ids would 404 silently: stop instead.
    throw new Error(
      `${path.relative(process.cwd(), CONTENT_ROUTES_FILE)} is missing: run \`contentlayer2 build\` (npm run build does) first.`,
    );
  }
  return JSON.parse(fs.readFileSync(CONTENT_ROUTES_FILE, "utf8"));
}

module.exports = { CONTENT_ROUTES_FILE, readContentRoutes };
