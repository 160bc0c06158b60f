"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n";

// The dialog, its index and MiniSearch load only when someone searches.
const SearchDialog = dynamic(() => import("./search-dialog").then((m) => m.SearchDialog), { ssr: false });

export type SearchLauncherProps = { locale: Locale; label: string };

/** The header's search button; "/" opens it from anywhere but a text field. */
export function SearchLauncher({ locale, label }: SearchLauncherProps) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== "/" || event.metaKey || event.ctrlKey || target?.closest("input, textarea, select, [contenteditable]")) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-keyshortcuts="/" className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2"><circle cx="9" cy="9" r="6" /><path d="m14 14 4 4" strokeLinecap="round" /></svg>
        {label}
        <kbd aria-hidden="true" className="hidden rounded border border-slate-300 px-1 text-xs sm:inline dark:border-slate-600">/</kbd>
      </button>
      {open ? <SearchDialog locale={locale} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
