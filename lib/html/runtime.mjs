// @ts-check
// Pages need no Next.js runtime in the browser: their few interactive parts are enhanced by
// lib/islands/ (built to ISLANDS_SCRIPT), and the questionnaire tool, the one React component that
// runs in the browser, is hydrated there as its own root. Next.js has no switch to leave its
// runtime out of an App Router page, so the production server and the static export remove it
// from the HTML: its scripts, script preloads and inline React Server Components payload.
import { Parser } from "htmlparser2";
import { ISLANDS_PATH, islandScript } from "../islands/paths.mjs";
import { isExecutableScript } from "./scripts.mjs";

export const ISLANDS_SCRIPT = islandScript("main");

/** @param {Record<string, string>} attributes */
function isFrameworkScript(attributes) {
  // JSON-LD and other data blocks stay, and so do the islands.
  return isExecutableScript(attributes) && !(attributes.src ?? "").startsWith(ISLANDS_PATH);
}

/** @param {Record<string, string>} attributes */
function isScriptPreload(attributes) {
  const rel = (attributes.rel ?? "").toLowerCase();
  return rel === "modulepreload" || (rel === "preload" && attributes.as === "script");
}

/**
 * The page without Next's scripts and script preloads; data blocks (JSON, JSON-LD) and the islands stay.
 * @param {string} html
 * @returns {string}
 */
export function withoutFrameworkRuntime(html) {
  /** @type {[number, number][]} */
  const cuts = [];
  /** @type {number | null} */
  let scriptStart = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "script" && isFrameworkScript(attributes)) scriptStart = parser.startIndex;
        if (name === "link" && isScriptPreload(attributes)) cuts.push([parser.startIndex, parser.endIndex + 1]);
      },
      onclosetag(name) {
        if (name !== "script" || scriptStart === null) return;
        cuts.push([scriptStart, parser.endIndex + 1]);
        scriptStart = null;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (cuts.length === 0) return html;
  let out = "";
  let from = 0;
  for (const [start, end] of cuts) {
    out += html.slice(from, start);
    from = end;
  }
  return out + html.slice(from);
}
