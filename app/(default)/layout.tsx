import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/site-document";
import { defaultLocale } from "@/lib/i18n/locales";
import { layoutMetadata } from "@/lib/metadata";
import "../globals.css";

// The root layout of the default locale, which lives at the site's root.
export const metadata = layoutMetadata(defaultLocale);

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale={defaultLocale}>{children}</SiteDocument>;
}
