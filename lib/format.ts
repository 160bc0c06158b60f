import { languageTag, type Locale } from "./i18n";

/** "November 28, 2026" / "2026年11月28日"; UTC so the date never shifts with the build machine. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTag[locale], { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
}
