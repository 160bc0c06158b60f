// @ts-check
// Reading pages need no React in the browser: their few interactive parts are enhanced by
// lib/islands/ (built to ISLANDS_SCRIPT). Next.js has no switch to leave its runtime out of an
// App Router page, so the production server and the static export remove it from the HTML; a page
// that does need React (the questionnaire) says so with RUNTIME_MARKER and is left whole.
import { Parser } from "htmlparser2";

export const ISLANDS_SCRIPT = "/islands/main.js";
/** The attribute, on any element of a page, that keeps Next's runtime on that page. */
export const RUNTIME_MARKER = "data-react-runtime";

const EXECUTABLE = new Set(["", "module", "text/javascript", "application/javascript"]);

/** @param {Record<string, string>} attributes */
function isFrameworkScript(attributes) {
  const type = (attributes.type ?? "").toLowerCase();
  if (!EXECUTABLE.has(type)) return false; // JSON-LD and other data blocks stay
  return !(attributes.src ?? "").startsWith("/islands/");
}

/** @param {Record<string, string>} attributes */
function isScriptPreload(attributes) {
  const rel = (attributes.rel ?? "").toLowerCase();
  return rel === "modulepreload" || (rel === "preload" && attributes.as === "script");
}

/**
 * The page without Next's scripts and script preloads, or unchanged if it carries RUNTIME_MARKER.
 * @param {string} html
 * @returns {string}
 */
export function withoutFrameworkRuntime(html) {
  /** @type {[number, number][]} */
  const cuts = [];
  let keep = false;
  /** @type {number | null} */
  let scriptStart = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (RUNTIME_MARKER in attributes) keep = true;
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
  if (keep || cuts.length === 0) return html;
  let out = "";
  let from = 0;
  for (const [start, end] of cuts) {
    out += html.slice(from, start);
    from = end;
  }
  return out + html.slice(from);
}
