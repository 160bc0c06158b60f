import { languageTag, type Locale } from "./locales";

// Numbers, plurals and dates through Intl, so a new locale brings its own conventions with its
// tag. Browser-safe: the questionnaire tool formats its catalogue texts with these too.

/** Forms by plural category ("one", "few", …); "other" is the one every language has. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Values = Record<string, string | number>;

// Made once per locale: a formatter costs far more to make than to use, and the status history
// formats hundreds of dates.
function memo<T>(make: (tag: string) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    const found = made.get(locale) ?? make(languageTag[locale]);
    made.set(locale, found);
    return found;
  };
}

const numbers = memo((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));
const percents = memo((tag) => new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 2 }));
const plurals = memo((tag) => new Intl.PluralRules(tag));

export function formatNumber(value: number, locale: Locale): string {
  return numbers(locale).format(value);
}

export function formatPercent(share: number, locale: Locale): string {
  return percents(locale).format(share);
}

/** "{count} of {total}" with its values; numbers in the locale's digits and separators. */
export function fill(template: string, values: Values, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, locale) : value;
  });
}

/** The form of `forms` that `count` takes in the locale, filled with {n} and any other values. */
export function plural(forms: Plural, count: number, locale: Locale, values: Values = {}): string {
  const form = forms[plurals(locale).select(count)] ?? forms.other;
  return fill(form, { ...values, n: count }, locale);
}

// UTC everywhere, so a date never shifts with the build machine or the reader's zone.
const STYLES = {
  date: { dateStyle: "long" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  dateTime: { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof STYLES;

const dates = Object.fromEntries(
  Object.entries(STYLES).map(([style, options]) => [
    style,
    memo((tag) => new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" })),
  ]),
) as Record<DateStyle, (locale: Locale) => Intl.DateTimeFormat>;

/**
 * Every date and time the site shows: "November 28, 2026" (date), "14:05 UTC" (time),
 * "Nov 28, 2026, 14:05 UTC" (dateTime); in Chinese "2026年11月28日", "14:05 UTC", …
 */
export function formatDate(iso: string, locale: Locale, style: DateStyle = "date"): string {
  const text = dates[style](locale).format(new Date(iso));
  return style === "date" ? text : `${text} UTC`;
}
