import { expect, test } from "@playwright/test";

test("every FAQ answer has its own deep link, its source and, where bound, live evidence", async ({ page }) => {
  await page.goto("/faq#database-backup-frequency");
  const heading = page.locator("#database-backup-frequency");
  await expect(heading).toBeInViewport();
  const section = page.locator("section", { has: heading });
  await expect(section.getByRole("link", { name: "Backups" })).toHaveAttribute(
    "href",
    "/security/backups#database-backups",
  );
  await expect(page.getByTestId("faq-evidence-database-backup-frequency")).toContainText("Passing");
  const ld = await page.locator('script[type="application/ld+json"]').first().textContent();
  const data = JSON.parse(ld ?? "{}");
  expect(data["@type"]).toBe("FAQPage");
  expect(data.mainEntity.length).toBeGreaterThan(20);
  expect(data.mainEntity[0].acceptedAnswer.text.length).toBeGreaterThan(20);
});
