import type { Messages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";

export type SearchLauncherProps = { locale: Locale; label: string; text: Messages["search"] };

/**
 * The header's search button; "/" opens it from anywhere but a text field. Server markup only:
 * browser/islands/search-launcher.ts loads the dialog, its index and MiniSearch when someone searches;
 * the dialog's words ride along in data-* attributes, so the browser carries no catalogue.
 */
export function SearchLauncher({ locale, label, text }: SearchLauncherProps) {
  return (
    <button
      type="button"
      data-search={locale}
      data-label={text.label}
      data-placeholder={text.placeholder}
      data-none={text.none}
      data-loading={text.loading}
      data-close={text.close}
      aria-keyshortcuts="/"
      className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="9" cy="9" r="6" />
        <path d="m14 14 4 4" strokeLinecap="round" />
      </svg>
      {label}
      <kbd
        aria-hidden="true"
        className="hidden rounded border border-slate-300 px-1 text-xs sm:inline dark:border-slate-600"
      >
        /
      </kbd>
    </button>
  );
}
