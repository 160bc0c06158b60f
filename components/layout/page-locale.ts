import { notFound } from "next/navigation";
import { cache } from "react";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

// The locale of a route: app/(default)/ has no [locale] segment and is the default locale;
// app/(localized)/[locale]/ carries it in its params (only the prefixed locales are built).
export type LocaleParams = { locale?: string };
export type LocaleRouteProps = { params: Promise<LocaleParams> };

export function localeOf(params: LocaleParams): Locale {
  const locale = params.locale ?? defaultLocale;
  if (!isLocale(locale)) notFound();
  return locale;
}

export async function pageLocale({ params }: LocaleRouteProps): Promise<Locale> {
  return localeOf(await params);
}

/**
 * The locale whose frame a root layout draws. A URL whose first segment is no locale
 * (/security/no-such-section) reaches app/(localized)/[locale]/ only through its catch-all,
 * after the default tree's page refused it: that 404 is the default locale's, in its frame.
 */
export async function frameLocale({ params }: LocaleRouteProps): Promise<Locale> {
  const { locale } = await params;
  return locale !== undefined && isLocale(locale) ? locale : defaultLocale;
}

// not-found.tsx gets no params, so the root layout of a locale leaves its locale here for the
// not-found page it wraps: one value per request (React's cache is per server render).
const current = cache(() => ({ locale: defaultLocale as Locale }));

export function setRequestLocale(locale: Locale) {
  current().locale = locale;
}

export function requestLocale(): Locale {
  return current().locale;
}
