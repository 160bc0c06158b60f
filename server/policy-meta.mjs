// @ts-check
// A static host sends no per-page headers, so each exported page carries its policy in a <meta>
// element ahead of every script: first in <head>, or just after <meta charset>, which browsers
// look for in the first 1024 bytes.
import { Parser } from "htmlparser2";
import headers from "./headers.cjs";

/**
 * @param {string} html
 * @param {{ connect?: string[], forms?: string[] }} [options] extra origins the page may post to (scripts, forms)
 */
export function withPolicyMeta(html, { connect = [], forms = [] } = {}) {
  let insertAt = -1;
  let scriptSeen = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === "head" && insertAt < 0) insertAt = parser.endIndex + 1;
      if (name === "script") scriptSeen = true;
      if (name === "meta" && attributes.charset !== undefined && insertAt >= 0 && !scriptSeen)
        insertAt = parser.endIndex + 1;
    },
  });
  parser.end(html);
  if (insertAt < 0) throw new Error("page has no <head> for its Content-Security-Policy");
  const policy = headers.contentSecurityPolicy({ meta: true, connect, forms });
  return `${html.slice(0, insertAt)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(insertAt)}`;
}
