import { SiteDocument } from "@/components/layout/site-document";
import { NotFoundContent } from "@/components/pages/not-found-content";
import { defaultLocale, prefixedLocales } from "@/lib/i18n/locales";
import { notFoundMetadata } from "@/lib/metadata";
import "./globals.css";

export const metadata = notFoundMetadata(defaultLocale);

// URLs that match no page. The frame is the default locale's (a catch-all in the locale tree
// renders only in the browser, which the runtime cut empties), so the way back is offered in
// every language: a reader who followed a broken /zh link reads it in Chinese too.
export default function GlobalNotFound() {
  return (
    <SiteDocument locale={defaultLocale}>
      <NotFoundContent locale={defaultLocale} also={prefixedLocales} />
    </SiteDocument>
  );
}
