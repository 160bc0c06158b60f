import { sectionPath, type Locale } from "@/lib/i18n/locales";

/** "backups#database-backups" -> "/security/backups#database-backups" in the given locale. */
export function citationPath(cite: string, locale: Locale): string {
  const [section = "", anchor] = cite.split("#");
  return `${sectionPath(locale, section)}${anchor ? `#${anchor}` : ""}`;
}
