// @ts-check
// Puts the Content-Security-Policy on every response the production server sends. An HTML page
// is held until its last byte so the policy can list the hashes of exactly the inline scripts
// it carries, including a page that ISR has just regenerated.
import { createHash } from "node:crypto";
import { contentSecurityPolicy, inlineScriptHashes } from "./csp.mjs";

const HEADER = "content-security-policy";
/** @typedef {(html: string) => string} Rewrite */
/** @typedef {{ body: Buffer, policy: string }} Page */

/**
 * Pages recently sent, by digest of the body the framework wrote: the body as rewritten and its
 * policy. Most requests are for the same few prerendered pages, so the parsing is done once per
 * page, not once per request. One cache per rewrite, as the same body rewritten differently is
 * another page.
 * @type {WeakMap<Rewrite, Map<string, Page>>}
 */
const caches = new WeakMap();
const CACHE_LIMIT = 200;
/** @type {Rewrite} */
const unchanged = (html) => html;

/** @param {Buffer} written @param {Rewrite} rewrite @returns {Page} */
function pageFor(written, rewrite) {
  let cache = caches.get(rewrite);
  if (!cache) caches.set(rewrite, (cache = new Map()));
  const key = createHash("sha1").update(written).digest("base64");
  let page = cache.get(key);
  if (page === undefined) {
    const body = rewrite === unchanged ? written : Buffer.from(rewrite(written.toString("utf8")), "utf8");
    page = { body, policy: contentSecurityPolicy({ scriptHashes: inlineScriptHashes(body.toString("utf8")) }) };
    if (cache.size >= CACHE_LIMIT) cache.delete(/** @type {string} */ (cache.keys().next().value));
    cache.set(key, page);
  }
  return page;
}

/**
 * A 304 carries no body and updates the headers of the copy the browser holds; a policy on it
 * would replace the page's own. Every other response gets one.
 * @param {import("node:http").ServerResponse} res
 * @param {string} policy
 */
function setPolicy(res, policy) {
  if (res.statusCode !== 304 && !res.headersSent) res.setHeader(HEADER, policy);
}

/**
 * @param {import("node:http").ServerResponse} res
 * @param {unknown[]} args writeHead's arguments: status, optional message, optional headers
 */
function applyWriteHead(res, args) {
  const [status, second, third] = args;
  res.statusCode = Number(status);
  const headers = typeof second === "string" ? third : second;
  if (typeof second === "string") res.statusMessage = second;
  if (Array.isArray(headers)) {
    // Either [[name, value], …] or the flat [name, value, name, value, …] of rawHeaders.
    const pairs = Array.isArray(headers[0]) ? headers : headers.flatMap((v, i) => (i % 2 ? [] : [[v, headers[i + 1]]]));
    for (const [name, value] of pairs) res.setHeader(String(name), value);
  } else if (headers && typeof headers === "object") {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, /** @type {string} */ (value));
  }
}

/**
 * Wraps `res` before the framework writes to it. `rewrite` may change a page's HTML first
 * (the server leaves Next's runtime out of reading pages); the policy then fits what is sent.
 * @param {import("node:http").ServerResponse} res
 * @param {Rewrite} [rewrite]
 */
export function withContentSecurityPolicy(res, rewrite = unchanged) {
  const original = { write: res.write, end: res.end, flushHeaders: res.flushHeaders, writeHead: res.writeHead };
  /** @type {"html" | "other" | undefined} */
  let mode;
  /** @type {Buffer[]} */
  const chunks = [];
  const decide = () => {
    if (mode) return mode;
    mode = String(res.getHeader("content-type") ?? "").startsWith("text/html") ? "html" : "other";
    if (mode === "other") setPolicy(res, contentSecurityPolicy());
    return mode;
  };
  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8"));
    else chunks.push(Buffer.from(/** @type {Uint8Array} */ (chunk)));
  };

  // A page's status and headers wait on `res` until its body is complete. Node itself calls
  // writeHead when the body goes out, so the held page releases through here too.
  let releasing = false;
  /** @type {any} */ (res).writeHead = (/** @type {unknown[]} */ ...args) => {
    applyWriteHead(res, args);
    if (releasing || decide() === "other") original.writeHead.call(res, res.statusCode);
    return res;
  };
  res.flushHeaders = () => {
    if (decide() === "other") original.flushHeaders.call(res);
  };
  /** @type {any} */ (res).write = (/** @type {any[]} */ ...args) => {
    if (decide() === "other") return original.write.apply(res, /** @type {any} */ (args));
    keep(args[0], args[1]);
    const callback = args.find((arg) => typeof arg === "function");
    if (callback) process.nextTick(callback);
    return true;
  };
  /** @type {any} */ (res).end = (/** @type {any[]} */ ...args) => {
    if (decide() === "other") return original.end.apply(res, /** @type {any} */ (args));
    keep(args[0], args[1]);
    /** @type {Buffer} */
    let body = Buffer.concat(chunks);
    if (body.length > 0) {
      const page = pageFor(body, rewrite);
      if (page.body !== body && res.getHeader("content-length") !== undefined) res.setHeader("content-length", page.body.length);
      body = page.body;
      setPolicy(res, page.policy);
    } else {
      // A HEAD answer's length would be the page's before any rewrite; better none than a wrong one.
      if (rewrite !== unchanged) res.removeHeader("content-length");
      setPolicy(res, contentSecurityPolicy());
    }
    const callback = args.find((arg) => typeof arg === "function");
    releasing = true;
    return original.end.call(res, body, callback);
  };
  return res;
}
