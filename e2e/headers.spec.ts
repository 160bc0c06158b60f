import { expect, test } from "@playwright/test";

// Security headers on every kind of response, including static files, JSON and images.
test("every route answers with the security headers", async ({ request, page }) => {
  await page.goto("/questionnaire");
  const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  expect(script).toBeTruthy();
  for (const url of ["/", "/zh/security/backups", "/status.json", "/og/en/backups.png", "/.well-known/security.txt", "/search-index/en.json", "/security/%ZZ", "/islands/main.js", script!]) {
    const headers = (await request.get(url)).headers();
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["strict-transport-security"], url).toContain("max-age=63072000");
    expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], url).toContain("camera=()");
    expect(headers["x-powered-by"], url).toBeUndefined();
  }
});
