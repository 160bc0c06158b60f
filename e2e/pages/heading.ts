import { expect, type Page } from "@playwright/test";

/** A heading reached through a link: it is the :target, scrolled into view and highlighted. */
export async function expectLandedOn(page: Page, id: string) {
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  const state = await heading.evaluate((el) => {
    const target = el.matches(":target") ? el : el.querySelector("h2");
    const shown = target ?? el;
    return {
      isTarget: el.matches(":target"),
      top: el.getBoundingClientRect().top,
      background: getComputedStyle(el.matches("section") ? (el.querySelector("h2") ?? el) : shown).backgroundColor,
    };
  });
  expect(state.isTarget).toBe(true);
  expect(state.top).toBeLessThan(200);
  expect(state.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
}
