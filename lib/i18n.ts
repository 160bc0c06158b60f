export const locales = ["en", "zh"] as const;
export type Locale = (typeof locales)[number];

/** BCP 47 tags for <html lang>, hreflang and Open Graph. */
export const languageTag: Record<Locale, string> = { en: "en", zh: "zh-CN" };
export const ogLocale: Record<Locale, string> = { en: "en_US", zh: "zh_CN" };

// English lives at the root because most existing links are English; Chinese under /zh.
const prefix: Record<Locale, string> = { en: "", zh: "/zh" };

export function homePath(locale: Locale): string {
  return prefix[locale] || "/";
}

export function whitepaperPath(locale: Locale): string {
  return `${prefix[locale]}/security`;
}

export function sectionPath(locale: Locale, sectionId: string): string {
  return `${whitepaperPath(locale)}/${sectionId}`;
}

export function statusPath(locale: Locale): string {
  return `${prefix[locale]}/status`;
}

/** The Atom feed of status changes, in the locale's language. */
export function statusFeedPath(locale: Locale): string {
  return `${statusPath(locale)}/feed.atom`;
}

export function faqPath(locale: Locale): string {
  return `${prefix[locale]}/faq`;
}

export function questionnairePath(locale: Locale): string {
  return `${prefix[locale]}/questionnaire`;
}

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function localeOfPath(pathname: string): Locale {
  return pathname === "/zh" || pathname.startsWith("/zh/") ? "zh" : "en";
}

/** The same page in the other locale: /security/backups <-> /zh/security/backups. */
export function translatePath(pathname: string, to: Locale): string {
  const from = localeOfPath(pathname);
  const rest = from === "zh" ? pathname.slice(3) : pathname;
  const path = `${prefix[to]}${rest === "/" ? "" : rest}`;
  return path || "/";
}
