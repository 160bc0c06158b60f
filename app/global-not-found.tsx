import { SiteDocument } from "@/components/layout/site-document";
import { NotFoundContent } from "@/components/pages/not-found-content";
import { defaultLocale } from "@/lib/i18n/locales";
import { notFoundMetadata } from "@/lib/metadata";
import "./globals.css";

export const metadata = notFoundMetadata(defaultLocale);

// URLs that match no route at all; they carry no locale, so the default locale's frame is used.
export default function GlobalNotFound() {
  return (
    <SiteDocument locale={defaultLocale}>
      <NotFoundContent locale={defaultLocale} />
    </SiteDocument>
  );
}
