import type { Locator, Page } from "@playwright/test";

/** The live-evidence widget an author placed next to a claim. */
export function evidence(page: Page, target: string): Locator {
  return page.getByTestId(`evidence-${target}`);
}

/** One row of a control list or the status page. */
export function statusItem(scope: Page | Locator, id: string): Locator {
  return scope.getByTestId(`status-item-${id}`);
}

/** The badge a reader sees (the stale variant is swapped in by the page once data expires). */
export function visibleBadge(scope: Locator): Locator {
  return scope.locator("[data-state]:visible").first();
}

/** One check's 90 days on the status page: its bar, share of time passing, and state changes. */
export function historyOf(page: Page, id: string): Locator {
  return page.getByTestId(`history-${id}`);
}
