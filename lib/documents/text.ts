import { getMessages, type Messages } from "@/lib/i18n/catalogue";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { site } from "@/lib/site/site";

// The documents pages' text lives in the catalogue (lib/i18n/messages/, key `documents`); this
// fills in the company's name from content/site.yaml.

/** The pages a form post ends on (303), each a static page in every locale. */
export const NOTICES = [
  "sent",
  "refused",
  "granted",
  "pending",
  "invalid",
  "limited",
  "unavailable",
  "link",
  "nda-changed",
  "decided",
  "no-grant",
  "nda-new",
  "stamp",
  "approved",
  "denied",
  "signed-in",
  "admin-link",
  "csrf",
] as const;
export type Notice = (typeof NOTICES)[number];

export type DocumentsText = Omit<Messages["documents"], "notices" | "mail"> & {
  notices: Record<Notice, { title: string; text: string }>;
};

function filled<T>(value: T, locale: Locale): T {
  if (typeof value === "string") return fill(value, { company: site.company }, locale) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, filled(v, locale)])) as T;
  return value;
}

const made = new Map<Locale, DocumentsText>();

export function documentsText(locale: Locale): DocumentsText {
  const found = made.get(locale) ?? filled(getMessages(locale).documents, locale);
  made.set(locale, found);
  return found;
}

export function isNotice(value: string): value is Notice {
  return (NOTICES as readonly string[]).includes(value);
}
