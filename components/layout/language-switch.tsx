"use client";

import { usePathname } from "next/navigation";
import { languageTag, translatePath, type Locale } from "@/lib/i18n/locales";

export type LanguageSwitchProps = { to: Locale; label: string; hint: string };

/**
 * A link to this page in the other language. A client component only so that the prerendered
 * href is this page's (layouts do not see the path); browser/islands/language-switch.ts adds the
 * anchor being read when it is clicked.
 */
export function LanguageSwitch({ to, label, hint }: LanguageSwitchProps) {
  return (
    <a
      href={translatePath(usePathname(), to)}
      hrefLang={languageTag[to]}
      lang={languageTag[to]}
      title={hint}
      data-language-switch
      className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {label}
    </a>
  );
}
