// @ts-check
// The Content-Security-Policy. Plain JavaScript because the production server (scripts/serve.mjs)
// and the static export run it with Node alone.
//
// Next.js writes its page data as inline <script> elements, so a script policy without
// 'unsafe-inline' must list their hashes. Nonces would force every page to render per request;
// hashes of the HTML actually sent keep pages static and stay right when ISR regenerates one.
import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";
import { isExecutableScript, scriptElements } from "../html/scripts.mjs";

/**
 * The base64 SHA-256 of every inline script the browser would run, in document order.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = scriptElements(html)
    .filter(({ attributes }) => attributes.src === undefined && isExecutableScript(attributes))
    .map(({ text }) => createHash("sha256").update(text, "utf8").digest("base64"));
  return [...new Set(hashes)];
}

/**
 * The policy. Scripts: this origin plus the listed inline hashes. Styles keep 'unsafe-inline'
 * for React's style attributes; a style cannot run code.
 * @param {{ scriptHashes?: string[], meta?: boolean, connect?: string[] }} [options]
 *   meta: for a <meta> element, which cannot carry frame-ancestors.
 *   connect: extra origins the page may post to (the export's configured feedback URL).
 */
export function contentSecurityPolicy({ scriptHashes = [], meta = false, connect = [] } = {}) {
  const directives = [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((hash) => ` 'sha256-${hash}'`).join("")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${connect.map((origin) => ` ${origin}`).join("")}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join("; ");
}

/**
 * A static host sends no per-page headers, so the exported page carries its policy in a
 * <meta> element ahead of every script: first in <head>, or just after <meta charset>, which
 * browsers look for in the first 1024 bytes.
 * @param {string} html
 * @param {{ connect?: string[] }} [options]
 */
export function withPolicyMeta(html, { connect = [] } = {}) {
  let insertAt = -1;
  let scriptSeen = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === "head" && insertAt < 0) insertAt = parser.endIndex + 1;
      if (name === "script") scriptSeen = true;
      if (name === "meta" && attributes.charset !== undefined && insertAt >= 0 && !scriptSeen) insertAt = parser.endIndex + 1;
    },
  });
  parser.end(html);
  if (insertAt < 0) throw new Error("page has no <head> for its Content-Security-Policy");
  const policy = contentSecurityPolicy({ scriptHashes: inlineScriptHashes(html), meta: true, connect });
  return `${html.slice(0, insertAt)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(insertAt)}`;
}
