// @ts-check
// Holds each HTML page the framework writes until its last byte and sends it rewritten (the
// runtime cut). Other responses pass straight through. A page the rewrite refuses is answered 500
// and logged with its path: it never goes out half-working.
import { createHash } from "node:crypto";

/** @typedef {(html: string, page: string) => string} Rewrite */

/** What components/pages/not-found-content.tsx puts on a not-found page. */
const NOT_FOUND_MARK = 'data-http-status="404"';

/**
 * Pages recently sent, by digest of the body the framework wrote: most requests are for the same
 * few prerendered pages, so each is rewritten once, not once per request.
 * @type {Map<string, Buffer>}
 */
const cache = new Map();
const CACHE_LIMIT = 200;

/** @param {Buffer} written @param {Rewrite} rewrite @param {string} page */
function rewritten(written, rewrite, page) {
  const key = createHash("sha1").update(written).digest("base64");
  let body = cache.get(key);
  if (body === undefined) {
    body = Buffer.from(rewrite(written.toString("utf8"), page), "utf8");
    if (cache.size >= CACHE_LIMIT) cache.delete(/** @type {string} */ (cache.keys().next().value));
    cache.set(key, body);
  }
  return body;
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
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined) res.setHeader(name, /** @type {string} */ (value));
  }
}

/**
 * Wraps `res` before the framework writes to it.
 * @param {import("node:http").ServerResponse} res
 * @param {string} page the request's path, for errors
 * @param {Rewrite} rewrite
 */
export function rewriteHtml(res, page, rewrite) {
  const original = { write: res.write, end: res.end, flushHeaders: res.flushHeaders, writeHead: res.writeHead };
  /** @type {"html" | "other" | undefined} */
  let mode;
  /** @type {Buffer[]} */
  const chunks = [];
  const decide = () =>
    (mode ??= String(res.getHeader("content-type") ?? "").startsWith("text/html") ? "html" : "other");
  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string")
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8"));
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
    const callback = args.find((arg) => typeof arg === "function");
    releasing = true;
    // A page that says it answers a missing URL (a locale's own 404 page, which next.config.js's
    // fallback rewrite serves for unknown URLs under the locale) goes out as a 404.
    if (res.statusCode === 200 && body.includes(NOT_FOUND_MARK)) res.statusCode = 404;
    if (body.length === 0) {
      // A HEAD answer's length would be the page's before the cut; better none than a wrong one.
      res.removeHeader("content-length");
      return original.end.call(res, body, callback);
    }
    try {
      body = rewritten(body, rewrite, page);
    } catch (error) {
      console.error(error);
      res.statusCode = 500;
      res.setHeader("content-type", "text/plain; charset=utf-8");
      body = Buffer.from("This page could not be served as it was built. The error is in the server's log.\n");
    }
    if (res.getHeader("content-length") !== undefined) res.setHeader("content-length", body.length);
    return original.end.call(res, body, callback);
  };
  return res;
}
