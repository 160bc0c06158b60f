"use client";

import { usePathname, useRouter } from "next/navigation";
import type { MouseEvent } from "react";
import { languageTag, translatePath, type Locale } from "@/lib/i18n";

export type LanguageSwitchProps = { to: Locale; label: string; hint: string };

/** The anchor the reader is looking at: the URL's, or else the last heading scrolled past. */
function currentAnchor(): string {
  if (window.location.hash) return window.location.hash;
  const targets = Array.from(document.querySelectorAll<HTMLElement>("main [id]:is(section, h2, h3, h4)"));
  const passed = targets.filter((el) => el.getBoundingClientRect().top < 120);
  const last = passed.at(-1);
  return last ? `#${last.id}` : "";
}

/** Switches language and keeps the reader on the same section; ids are the same in both. */
export function LanguageSwitch({ to, label, hint }: LanguageSwitchProps) {
  const pathname = usePathname();
  const router = useRouter();
  const href = translatePath(pathname, to);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.push(`${href}${currentAnchor()}`);
  };
  return (
    <a
      href={href}
      hrefLang={languageTag[to]}
      lang={languageTag[to]}
      title={hint}
      onClick={onClick}
      className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {label}
    </a>
  );
}
