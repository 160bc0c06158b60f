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

export function updatesPath(locale: Locale): string {
  return `${prefix[locale]}/updates`;
}

export function updatePath(locale: Locale, id: string): string {
  return `${updatesPath(locale)}/${id}`;
}

/** The updates of one kind: a static page per kind, so the filter works without JavaScript. */
export function updatesKindPath(locale: Locale, kind: string): string {
  return `${updatesPath(locale)}/kind/${kind}`;
}

export type FeedFormat = "atom" | "json";

/** The feed of all updates, or of one kind, in the locale's language. */
export function updatesFeedPath(locale: Locale, format: FeedFormat, kind?: string): string {
  return `${kind ? updatesKindPath(locale, kind) : updatesPath(locale)}/feed.${format}`;
}

export function subprocessorsPath(locale: Locale): string {
  return `${prefix[locale]}/subprocessors`;
}

export function changesPath(locale: Locale): string {
  return `${prefix[locale]}/changes`;
}

/** Where a subscription request or link ends: "check your inbox", "confirmed", … */
export function subscribeOutcomePath(locale: Locale, outcome: string): string {
  return `${prefix[locale]}/subscribe/${outcome}`;
}
