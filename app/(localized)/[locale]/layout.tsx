import type { ReactNode } from "react";
import { pageLocale, setRequestLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { SiteDocument } from "@/components/layout/site-document";
import { prefixedLocales } from "@/lib/i18n/locales";
import { layoutMetadata } from "@/lib/metadata";
import "../../globals.css";

// The root layout of every locale but the default one (each root layout has its own <html lang>).
export const dynamicParams = false;

export function generateStaticParams() {
  return prefixedLocales.map((locale) => ({ locale }));
}

export async function generateMetadata(props: LocaleRouteProps) {
  return layoutMetadata(await pageLocale(props));
}

export default async function RootLayout({ children, ...props }: LocaleRouteProps & { children: ReactNode }) {
  const locale = await pageLocale(props);
  setRequestLocale(locale);
  return <SiteDocument locale={locale}>{children}</SiteDocument>;
}
