import { expect, test } from "@playwright/test";
import { allPages } from "./fixtures";

// Odd and hostile URLs against every kind of route: each gets a clean 4xx (or a redirect or the
// page itself), never a 5xx, and never a file from outside the site.
const ODD_PATHS = [
  "/..%2f..%2f..%2fetc%2fpasswd",
  "/security/..%2f..%2fpackage.json",
  "/security/%2e%2e/%2e%2e/next.config.js",
  "/_next/static/..%2f..%2f.env",
  "/_next/static/chunks/%2e%2e%2f%2e%2e%2fserver%2fapp%2findex.html",
  "/og/en/..%2f..%2f..%2fetc%2fpasswd.png",
  "/og/xx/backups.png",
  "/search-index/..%2fen.json",
  "/search-index/%00.json",
  "/security/%00",
  "/security/%ZZ",
  "/security/<script>alert(1)</script>",
  `/security/${"a".repeat(4000)}`,
  "/zh/security/backups/extra/segments",
  "/status.json/..%2f..%2fcontrols.yaml",
  "/.well-known/security.txt/../../package.json",
  "/api/feedback/..%2f..%2f",
  "/api/feedback?section=backups",
];

test("odd and traversal URLs get a 4xx, never a crash or a file from outside the site", async ({ request }) => {
  for (const url of ODD_PATHS) {
    const response = await request.get(url, { maxRedirects: 0 });
    const body = await response.text();
    expect(response.status(), url).toBeGreaterThanOrEqual(300);
    expect(response.status(), url).toBeLessThan(500);
    expect(body, url).not.toMatch(/root:x:0:0|"devDependencies"|module\.exports|STATUS_SOURCE/);
    expect(body, url).not.toContain("<script>alert(1)</script>");
  }
});

test("a huge Accept-Language header is handled on every page", async ({ request }) => {
  const long = Array.from({ length: 600 }, (_, i) => `x-${i};q=0.${i % 10}`).join(",");
  for (const url of allPages) {
    const response = await request.get(url, { headers: { "accept-language": long } });
    expect(response.status(), url).toBe(200);
  }
  // Beyond Node's header limit the server refuses with 431 and keeps serving.
  const oversized = await request.get("/", { headers: { "accept-language": "zh,".repeat(40_000) } });
  expect(oversized.status()).toBe(431);
  expect((await request.get("/")).status()).toBe(200);
});

test("methods a static page does not take are refused", async ({ request }) => {
  for (const method of ["POST", "PUT", "DELETE"] as const) {
    const response = await request.fetch("/security/backups", { method, data: "x" });
    expect(response.status(), method).toBeGreaterThanOrEqual(400);
    expect(response.status(), method).toBeLessThan(500);
  }
});
