import { describe, expect, it } from "vitest";
import { islandScript } from "@/browser/contract/paths.mjs";
import { removeFrameworkRuntime, RuntimeCutError } from "./runtime-cut.mjs";

// The cut is run over the real build output of every route in e2e/runtime-cut.spec.ts; these
// cases are the refusals, which a healthy build never produces.
const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/></head><body><p>备份</p>${body}</body></html>`;
const refusal = (html: string) => {
  try {
    removeFrameworkRuntime(html, "/security/backups");
  } catch (error) {
    return error instanceof RuntimeCutError ? error.message : String(error);
  }
  return "kept";
};

describe("the runtime cut", () => {
  it("removes Next's scripts and keeps islands and data blocks", () => {
    const kept = `<script type="application/ld+json">{"a":1}</script><script type="module" src="${islandScript("main")}" defer=""></script>`;
    const html = page(
      `<script src="/_next/static/chunks/a.js" async=""></script>${kept}<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"x"])</script>`,
    );
    expect(removeFrameworkRuntime(html, "/")).toBe(page(kept));
  });

  it("refuses a streamed boundary, naming the page", () => {
    expect(refusal(page(`<template id="B:0"></template><div hidden id="S:0"><p>late</p></div>`))).toMatch(
      /^\/security\/backups: .*streamed boundary/,
    );
    expect(refusal(page(`<!--$?--><template id="B:1"></template><!--/$-->`))).toMatch(/streamed boundary|Suspense/);
    expect(refusal(page(`<!--$!--><p>fallback</p><!--/$-->`))).toMatch(/client-rendered Suspense boundary/);
  });

  it("refuses an inline script it does not know, and scripts from elsewhere", () => {
    expect(refusal(page(`<script>$RC("B:0","S:0")</script>`))).toMatch(/inline script starting "\$RC/);
    expect(refusal(page(`<script src="https://cdn.example/x.js"></script>`))).toMatch(
      /script from https:\/\/cdn.example/,
    );
    expect(refusal(page(`<link rel="modulepreload" href="/vendor/x.js"/>`))).toMatch(/script preload/);
  });

  it("leaves a completed boundary (the metadata outlet) alone", () => {
    const html = page(`<div hidden=""><!--$--><!--/$--></div>`);
    expect(removeFrameworkRuntime(html, "/")).toBe(html);
  });
});
