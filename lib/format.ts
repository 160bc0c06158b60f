import { languageTag, type Locale } from "./i18n";

/** "November 28, 2026" / "2026年11月28日"; UTC so the date never shifts with the build machine. */
export function formatDate(iso: string, locale: Locale): string {
  return formatters[locale].format(new Date(iso));
}

// Made once: a formatter costs far more to make than to use, and the status history formats hundreds of dates.
const formatters = { en: dateFormat("en"), zh: dateFormat("zh") };

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(languageTag[locale], { dateStyle: "long", timeZone: "UTC" });
}
