import { expect, test } from "@playwright/test";
import { allPages } from "./fixtures";
import { watchViolations } from "./pages/csp";
import { enhanced } from "./pages/islands";
import { upload } from "./pages/questionnaire";

test("pages carry a script policy of this origin only: no inline scripts, no unsafe-inline or unsafe-eval", async ({
  request,
}) => {
  // Next's inline scripts are left out of every page (server/runtime-cut.mjs), so no hashes are needed.
  for (const url of ["/", "/zh/security/backups", "/questionnaire", "/zh/questionnaire"]) {
    const policy = (await request.get(url)).headers()["content-security-policy"] ?? "";
    expect(/script-src ([^;]*)/.exec(policy)?.[1], url).toBe("'self'");
    expect(policy, url).toContain("frame-ancestors 'none'");
  }
});

test("no page breaks its content security policy", async ({ page }) => {
  // Every page, each awaited until its islands answer: 2 minutes were not enough on a busy runner.
  test.setTimeout(300_000);
  const violations = await watchViolations(page);
  for (const url of allPages) {
    await page.goto(url);
    await enhanced(page);
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
  await upload(page.getByLabel("Upload"), {
    name: "many.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(lines.join("\n")),
  });
  await expect(page.getByRole("status").filter({ hasText: "answered from this site" })).toHaveText(
    "600 of 600 questions answered from this site.",
  );
  expect(violations).toEqual([]);
});
