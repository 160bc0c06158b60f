import type { Locale } from "./locales";
import { en, type Messages } from "./messages/en";
import { zh } from "./messages/zh";

export type { Messages };

// Server-side only in practice: islands get the few strings they need rendered into the page
// (data-* attributes, JSON data blocks), so no catalogue is ever bundled for the browser.
const catalogues: Record<Locale, Messages> = { en, zh };

export function getMessages(locale: Locale): Messages {
  return catalogues[locale];
}
