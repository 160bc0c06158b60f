import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes } from "./csp.mjs";
import { withContentSecurityPolicy } from "./csp-response.mjs";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

describe("inlineScriptHashes", () => {
  it("hashes the exact text of each inline script the browser would run", () => {
    const html = `<html><head><script>self.__next_f.push([1,"a &amp; <b>"])</script><script src="/x.js"></script>
      <script type="application/ld+json">{"@type":"WebSite"}</script><script type="module">import "/m.js"</script></head></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha(`self.__next_f.push([1,"a &amp; <b>"])`), sha(`import "/m.js"`)]);
  });

  it("keys Chinese text by its UTF-8 bytes and lists a repeated script once", () => {
    const script = `console.log("数据库快照")`;
    expect(inlineScriptHashes(`<script>${script}</script><p>x</p><script>${script}</script>`)).toEqual([sha(script)]);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts from this origin and the listed hashes only", () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["abc="] });
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("leaves out frame-ancestors in a meta element, where browsers ignore it", () => {
    expect(contentSecurityPolicy({ meta: true })).not.toContain("frame-ancestors");
  });
});

describe("withContentSecurityPolicy on a real server", () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  async function serve(handler: (res: import("node:http").ServerResponse) => void, rewrite?: (html: string) => string) {
    server = createServer((_req, res) => handler(withContentSecurityPolicy(res, rewrite)));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
  }

  it("holds a streamed page until its end and lists the hashes of what was sent", async () => {
    const url = await serve((res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.write("<html><body><script>one()</scr");
      setTimeout(() => res.end("ipt><script>two()</script></body></html>"), 20);
    });
    const response = await fetch(url);
    expect(await response.text()).toBe("<html><body><script>one()</script><script>two()</script></body></html>");
    expect(response.headers.get("content-security-policy")).toContain(`script-src 'self' 'sha256-${sha("one()")}' 'sha256-${sha("two()")}'`);
  });

  it("keeps status and headers given to writeHead", async () => {
    const url = await serve((res) => {
      res.writeHead(404, { "content-type": "text/html", "x-kept": "yes" });
      res.end("<script>nf()</script>");
    });
    const response = await fetch(url);
    expect(response.status).toBe(404);
    expect(response.headers.get("x-kept")).toBe("yes");
    expect(response.headers.get("content-security-policy")).toContain(sha("nf()"));
  });

  it("hashes the page as rewritten, with the length of what is sent", async () => {
    const page = "<html><body><script>framework()</script><p>读者</p></body></html>";
    const url = await serve((res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("content-length", Buffer.byteLength(page));
      res.end(page);
    }, (html) => html.replace("<script>framework()</script>", ""));
    const response = await fetch(url);
    const body = await response.text();
    expect(body).toBe("<html><body><p>读者</p></body></html>");
    // The second request is served from the cache of rewritten pages, unchanged.
    expect(await (await fetch(url)).text()).toBe(body);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self';");
  });

  it("gives JSON the base policy and a 304 none, so a cached page keeps its own", async () => {
    const json = await serve((res) => {
      res.setHeader("content-type", "application/json");
      res.end("{}");
    });
    expect((await fetch(json)).headers.get("content-security-policy")).toBe(contentSecurityPolicy());
    server?.close();
    const notModified = await serve((res) => {
      res.statusCode = 304;
      res.setHeader("content-type", "text/html");
      res.end();
    });
    expect((await fetch(notModified)).headers.get("content-security-policy")).toBeNull();
  });
});

describe("withPolicyMeta", () => {
  it("puts the policy after <meta charset> and before any script", async () => {
    const { withPolicyMeta } = await import("./csp.mjs");
    const page = withPolicyMeta(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><script>go()</script></head></html>`, { connect: ["https://feedback.example"] });
    expect(page).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]*'sha256-[^"]*"><script>/);
    expect(page).toContain(sha("go()"));
    expect(page).toContain("connect-src 'self' https://feedback.example");
  });
});
