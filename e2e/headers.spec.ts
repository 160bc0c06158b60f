import { expect, test } from "@playwright/test";

// Security headers on every kind of response, including static files, JSON and images.
test("every route answers with the security headers", async ({ request, page }) => {
  await page.goto("/");
  const stylesheet = await page.locator("link[rel=stylesheet][href^='/_next/static/']").first().getAttribute("href");
  expect(stylesheet).toBeTruthy();
  for (const url of [
    "/",
    "/zh/security/backups",
    "/status.json",
    "/og/en/backups.png",
    "/.well-known/security.txt",
    "/search-index/en.json",
    "/answers/en.json",
    "/security/%ZZ",
    "/islands/main.js",
    stylesheet!,
  ]) {
    const headers = (await request.get(url)).headers();
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["strict-transport-security"], url).toContain("max-age=63072000");
    expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], url).toContain("camera=()");
    expect(headers["x-powered-by"], url).toBeUndefined();
  }
});
