import type { ReactNode } from "react";
import { frameLocale, setRequestLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { SiteDocument } from "@/components/layout/site-document";
import { prefixedLocales } from "@/lib/i18n/locales";
import { layoutMetadata } from "@/lib/metadata";
import "../../globals.css";

// The root layout of every locale but the default one (each root layout has its own <html lang>).
// Its pages each refuse a locale it does not list (dynamicParams = false); the layout itself does
// not, so that the catch-all below can answer any other URL with a 404 in a frame.

export function generateStaticParams() {
  return prefixedLocales.map((locale) => ({ locale }));
}

export async function generateMetadata(props: LocaleRouteProps) {
  return layoutMetadata(await frameLocale(props));
}

export default async function RootLayout({ children, ...props }: LocaleRouteProps & { children: ReactNode }) {
  const locale = await frameLocale(props);
  setRequestLocale(locale);
  return <SiteDocument locale={locale}>{children}</SiteDocument>;
}
