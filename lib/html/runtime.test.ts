import { describe, expect, it } from "vitest";
import { ISLANDS_SCRIPT, withoutFrameworkRuntime } from "./runtime.mjs";

const head = `<head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/legacy.js" noModule=""></script></head>`;
const data = `<script type="application/ld+json">{"@type":"WebSite","name":"a<\\/b"}</script><script type="application/json" id="anchor-redirects">{"redirects":{}}</script>`;
const tail = `<script type="module" src="${ISLANDS_SCRIPT}" defer=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"</p>"])</script>`;

describe("withoutFrameworkRuntime", () => {
  it("removes Next's scripts and script preloads and keeps the text, styles, data blocks and islands", () => {
    const page = `<!DOCTYPE html><html lang="en">${head}<body><main><h1>Backups</h1><p>Snapshots every 30 minutes.</p></main>${data}${tail}</body></html>`;
    expect(withoutFrameworkRuntime(page)).toBe(
      `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/></head><body><main><h1>Backups</h1><p>Snapshots every 30 minutes.</p></main>${data}<script type="module" src="${ISLANDS_SCRIPT}" defer=""></script></body></html>`,
    );
  });

  it("keeps Chinese text intact around what it cuts", () => {
    const page = `<html><body><p>数据库快照每 30 分钟一次</p><script>go()</script><p>备份</p></body></html>`;
    expect(withoutFrameworkRuntime(page)).toBe(`<html><body><p>数据库快照每 30 分钟一次</p><p>备份</p></body></html>`);
  });
});
