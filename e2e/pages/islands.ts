import { expect, type Page } from "@playwright/test";

/**
 * Waits until the page's islands answer, as a reader would find out: "/" opens the search. The
 * islands are a deferred module, so a key pressed before it runs does nothing; press until it
 * does (never once more after it has opened, or the "/" lands in the search box).
 */
export async function enhanced(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog");
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.keyboard.press("/");
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  // Escape in a search box may first clear it; the next closes the dialog.
  await expect(async () => {
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}
