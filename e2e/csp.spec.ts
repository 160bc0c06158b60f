import { expect, test } from "@playwright/test";
import { allPages } from "./fixtures";
import { watchViolations } from "./pages/csp";

test("pages carry a script policy without unsafe-inline or unsafe-eval, with hashes where they have inline scripts", async ({ request }) => {
  // Reading pages have no inline scripts left (lib/html/runtime.mjs); the questionnaire keeps Next's.
  for (const [url, hashes] of [["/", false], ["/zh/security/backups", false], ["/questionnaire", true]] as const) {
    const policy = (await request.get(url)).headers()["content-security-policy"] ?? "";
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
    if (hashes) expect(scripts, url).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]{44}')+$/);
    else expect(scripts, url).toBe("'self'");
    expect(policy, url).toContain("frame-ancestors 'none'");
  }
});

test("no page breaks its content security policy", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  for (const url of allPages) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(violations, url).toEqual([]);
  }
});

test("search, copy-link and the questionnaire worker run under the policy", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const violations = await watchViolations(page);
  await page.goto("/security/network-security");
  await page.getByRole("heading", { name: "Firewalls" }).hover();
  await page.getByRole("button", { name: "Copy link to Firewalls" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveCount(1);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("searchbox").fill("backup");
  await expect(page.getByRole("dialog").getByRole("link").first()).toBeVisible();
  await page.keyboard.press("Escape");
  // Large files are matched in a Web Worker, which the policy must allow from this origin.
  const lines = ["question", ...Array.from({ length: 600 }, () => "How often are database backups taken?")];
  await page.goto("/questionnaire");
  await page.getByLabel("Upload").setInputFiles({ name: "many.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
  await expect(page.getByRole("status").filter({ hasText: "questions answered" })).toHaveText("600 of 600 questions answered from this site.");
  expect(violations).toEqual([]);
});
