// The site's languages. Adding one means an entry here, its catalogue (lib/i18n/messages/) and
// its content (content/<locale>/, the answers' <locale> field, site.yaml's <locale> texts).
const LOCALES = {
  en: { tag: "en", og: "en_US" },
  zh: { tag: "zh-CN", og: "zh_CN" },
} as const;

export type Locale = keyof typeof LOCALES;
export const locales = Object.keys(LOCALES) as Locale[];
/** Lives at the root of the site (most existing links are English); every other locale under /<locale>. */
export const defaultLocale: Locale = "en";
/** The locales that have a path prefix: app/(localized)/[locale]/ renders these. */
export const prefixedLocales = locales.filter((l) => l !== defaultLocale);

/** BCP 47 tags for <html lang>, hreflang, Intl; Open Graph's own spelling. */
export const languageTag = Object.fromEntries(locales.map((l) => [l, LOCALES[l].tag])) as Record<Locale, string>;
export const ogLocale = Object.fromEntries(locales.map((l) => [l, LOCALES[l].og])) as Record<Locale, string>;

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(LOCALES, value);
}

function prefix(locale: Locale): string {
  return locale === defaultLocale ? "" : `/${locale}`;
}

export function homePath(locale: Locale): string {
  return prefix(locale) || "/";
}

export function whitepaperPath(locale: Locale): string {
  return `${prefix(locale)}/security`;
}

export function sectionPath(locale: Locale, sectionId: string): string {
  return `${whitepaperPath(locale)}/${sectionId}`;
}

export function statusPath(locale: Locale): string {
  return `${prefix(locale)}/status`;
}

/** The Atom feed of status changes, in the locale's language. */
export function statusFeedPath(locale: Locale): string {
  return `${statusPath(locale)}/feed.atom`;
}

export function faqPath(locale: Locale): string {
  return `${prefix(locale)}/faq`;
}

export function questionnairePath(locale: Locale): string {
  return `${prefix(locale)}/questionnaire`;
}

export function documentsPath(locale: Locale): string {
  return `${prefix(locale)}/documents`;
}

/** The page a documents form ends on: /documents/notice/sent, /zh/documents/notice/sent … */
export function documentsNoticePath(locale: Locale, notice: string): string {
  return `${documentsPath(locale)}/notice/${notice}`;
}

export function updatesPath(locale: Locale): string {
  return `${prefix(locale)}/updates`;
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
  return `${prefix(locale)}/subprocessors`;
}

export function changesPath(locale: Locale): string {
  return `${prefix(locale)}/changes`;
}

/** Where a subscription request or link ends: "check your inbox", "confirmed", … */
export function subscribeOutcomePath(locale: Locale, outcome: string): string {
  return `${prefix(locale)}/subscribe/${outcome}`;
}

/** Files for machines and crawlers: one per site, whatever the reader's language. */
export const machinePaths = {
  statusJson: "/status.json",
  statusJws: "/status.jws",
  historyJson: "/status/history.json",
  jwks: "/.well-known/jwks.json",
  securityTxt: "/.well-known/security.txt",
  subprocessorsJson: "/subprocessors.json",
  subprocessorsSchema: "/schemas/subprocessors.json",
  llmsTxt: "/llms.txt",
} as const;

export function localeOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1] ?? "";
  return isLocale(first) && first !== defaultLocale ? first : defaultLocale;
}

/** The same page in another locale: /security/backups <-> /zh/security/backups. */
export function translatePath(pathname: string, to: Locale): string {
  const from = localeOfPath(pathname);
  const rest = pathname.slice(prefix(from).length);
  return `${prefix(to)}${rest === "/" ? "" : rest}` || "/";
}
