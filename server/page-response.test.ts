import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rewriteHtml } from "./page-response.mjs";
import { removeFrameworkRuntime } from "./runtime-cut.mjs";

let server: Server | undefined;
afterEach(() => server?.close());

async function serve(handler: (res: ServerResponse) => void) {
  server = createServer((req, res) => handler(rewriteHtml(res, req.url ?? "/", removeFrameworkRuntime)));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/page`;
}

describe("rewriteHtml on a real server", () => {
  it("holds a page written in pieces until its end and sends it without Next's scripts", async () => {
    const url = await serve((res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.write('<html><body><p>读者</p><script src="/_next/static/chunks/a.js"></scr');
      setTimeout(() => res.end("ipt></body></html>"), 20);
    });
    expect(await (await fetch(url)).text()).toBe("<html><body><p>读者</p></body></html>");
  });

  it("keeps the status and headers given to writeHead and sends the length of what it sends", async () => {
    const page = `<html><body><script>self.__next_f.push([1,"x"])</script><p>备份</p></body></html>`;
    const url = await serve((res) => {
      res.writeHead(404, {
        "content-type": "text/html",
        "x-kept": "yes",
        "content-length": String(Buffer.byteLength(page)),
      });
      res.end(page);
    });
    const response = await fetch(url);
    const body = await response.text();
    expect([response.status, response.headers.get("x-kept"), body]).toEqual([
      404,
      "yes",
      "<html><body><p>备份</p></body></html>",
    ]);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
  });

  it("sends a page that marks itself a not-found page as a 404, every time (the rewrite is cached)", async () => {
    const page = `<html><body><div data-http-status="404"><h1>页面不存在</h1></div></body></html>`;
    const url = await serve((res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(page);
    });
    for (let i = 0; i < 2; i++) {
      const response = await fetch(url);
      expect([response.status, await response.text()]).toEqual([404, page]);
    }
  });

  it("keeps 200 for a page without the mark", async () => {
    const url = await serve((res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html><body><h1>备份</h1></body></html>");
    });
    expect((await fetch(url)).status).toBe(200);
  });

  it("answers 500, naming the page in the log, when the page carries what the cut cannot classify", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const url = await serve((res) => {
      res.setHeader("content-type", "text/html");
      res.end(`<html><body><template id="B:0"></template></body></html>`);
    });
    const response = await fetch(url);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("template");
    expect(String(log.mock.calls[0]?.[0])).toContain("/page: the runtime cut cannot classify a streamed boundary");
    log.mockRestore();
  });

  it("passes JSON and other files through untouched", async () => {
    const url = await serve((res) => {
      res.setHeader("content-type", "application/json");
      res.end(`{"script":"<script>$RC()</script>"}`);
    });
    expect(await (await fetch(url)).text()).toBe(`{"script":"<script>$RC()</script>"}`);
  });
});
