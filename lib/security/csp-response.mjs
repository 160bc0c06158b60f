// @ts-check
// Puts the Content-Security-Policy on every response the production server sends. An HTML page
// is held until its last byte so the policy can list the hashes of exactly the inline scripts
// it carries, including a page that ISR has just regenerated.
import { createHash } from "node:crypto";
import { contentSecurityPolicy, inlineScriptHashes } from "./csp.mjs";

const HEADER = "content-security-policy";
/** Policies of recently sent pages, by body digest: most requests are for the same few pages. */
const cache = new Map();
const CACHE_LIMIT = 500;

/** @param {Buffer} body */
function policyFor(body) {
  const key = createHash("sha1").update(body).digest("base64");
  let policy = cache.get(key);
  if (policy === undefined) {
    policy = contentSecurityPolicy({ scriptHashes: inlineScriptHashes(body.toString("utf8")) });
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value);
    cache.set(key, policy);
  }
  return policy;
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
 * @param {(html: string) => string} [rewrite]
 */
export function withContentSecurityPolicy(res, rewrite) {
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
    let body = Buffer.concat(chunks);
    if (rewrite && body.length > 0) {
      body = Buffer.from(rewrite(body.toString("utf8")), "utf8");
      if (res.getHeader("content-length") !== undefined) res.setHeader("content-length", body.length);
    } else if (rewrite) {
      // A HEAD answer's length would be the page's before the rewrite; better none than a wrong one.
      res.removeHeader("content-length");
    }
    if (body.length > 0) setPolicy(res, policyFor(body));
    else setPolicy(res, contentSecurityPolicy());
    const callback = args.find((arg) => typeof arg === "function");
    releasing = true;
    return original.end.call(res, body, callback);
  };
  return res;
}
