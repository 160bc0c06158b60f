import type { ReactNode } from "react";
import { languageTag, type Locale } from "@/lib/i18n/locales";
import { islandScript } from "@/browser/contract/paths.mjs";
import { getMessages } from "@/lib/i18n/catalogue";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export type SiteDocumentProps = { locale: Locale; children: ReactNode };

/** The <html> of one locale; each locale's root layout renders it with its own lang. */
export function SiteDocument({ locale, children }: SiteDocumentProps) {
  return (
    <html lang={languageTag[locale]}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          {getMessages(locale).skipToContent}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:py-12">
          {children}
        </main>
        <SiteFooter locale={locale} />
        {/* The enhancements of every page (browser/islands/); a module script always runs once the page is parsed. */}
        <script type="module" src={islandScript("main")} defer />
      </body>
    </html>
  );
}
