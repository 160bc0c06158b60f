import type { Locale } from "@/lib/i18n/locales";
import type { SearchText } from "./search-dialog";

let opening = false;

/** Loads the dialog, MiniSearch and the index on first use; none of it is on the page before. */
async function open(locale: Locale, text: SearchText) {
  // A second press while the dialog's code is still loading must not open a second dialog.
  if (opening || document.querySelector("dialog[data-search-dialog]")) return;
  opening = true;
  try {
    const { openSearch } = await import("./search-dialog");
    openSearch(locale, text);
  } finally {
    opening = false;
  }
}

/** The header's search button, and "/" from anywhere but a text field. */
export function enableSearch() {
  const button = document.querySelector<HTMLButtonElement>("button[data-search]");
  if (!button) return;
  const { search, label = "", placeholder = "", none = "", loading = "", close = "" } = button.dataset;
  const locale = search as Locale;
  const text = { label, placeholder, none, loading, close };
  button.addEventListener("click", () => void open(locale, text));
  window.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    if (
      event.key !== "/" ||
      event.metaKey ||
      event.ctrlKey ||
      target?.closest("input, textarea, select, [contenteditable]")
    )
      return;
    event.preventDefault();
    void open(locale, text);
  });
}
