import { describe, expect, it } from "vitest";
import { crossSiteProblem, requestOrigins } from "./origin";

const post = (headers: Record<string, string>) => new Headers(headers);

describe("whether a vote comes from this site's own page", () => {
  it("accepts the page the reader opened at whatever address reached the server", () => {
    for (const host of ["127.0.0.1:3000", "192.168.1.20:3000", "trust.example.com", "[::1]:3000"]) {
      const headers = post({ host, origin: `http://${host}`, "sec-fetch-site": "same-origin" });
      expect(crossSiteProblem(headers, requestOrigins(headers), []), host).toBeUndefined();
    }
  });

  it("refuses a page on another site, which cannot change the Host its post is sent to", () => {
    const headers = post({ host: "127.0.0.1:3000", origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    expect(crossSiteProblem(headers, requestOrigins(headers), [])).toContain("https://evil.example");
  });

  it("takes the host a trusted proxy forwarded, and ignores a Host that is not a host name", () => {
    expect(requestOrigins(post({ host: "10.0.0.5:3000", "x-forwarded-host": "trust.example.com" }))).toEqual([
      "http://trust.example.com",
      "https://trust.example.com",
    ]);
    expect(requestOrigins(post({ host: "evil.example/x?" }))).toEqual([]);
  });
});
