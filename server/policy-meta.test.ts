import { describe, expect, it } from "vitest";
import { withPolicyMeta } from "./policy-meta.mjs";

describe("withPolicyMeta", () => {
  it("puts the policy right after <meta charset>, before any script, with the configured origin and no frame-ancestors", () => {
    const page = withPolicyMeta(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><script src="/islands/main.js"></script></head></html>`,
      { connect: ["https://feedback.example"] },
    );
    const policy =
      /<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)"><script/.exec(page)?.[1] ??
      "";
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self' https://feedback.example");
    expect(policy).not.toContain("frame-ancestors");
  });
});
