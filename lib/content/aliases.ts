import { isLocale, sectionPath } from "../i18n/locales";

// A section's `aliases`: earlier ids of the section, or "#old -> new" for a renamed heading, so
// links that sales already sent keep working.

export type SectionAlias = { kind: "section"; from: string };
export type AnchorAlias = { kind: "anchor"; from: string; to: string };
export type Redirect = { source: string; destination: string; permanent: true };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ANCHOR = /^#([^\s>]+)\s*->\s*([^\s]+)$/;

/** undefined when the entry is malformed (the content check names it). */
export function parseAlias(entry: string): SectionAlias | AnchorAlias | undefined {
  const anchor = ANCHOR.exec(entry.trim());
  if (anchor) {
    const [, from = "", to = ""] = anchor;
    return ID.test(from) && ID.test(to) ? { kind: "anchor", from, to } : undefined;
  }
  return ID.test(entry) ? { kind: "section", from: entry } : undefined;
}

/** Permanent redirects from every earlier section id to the section, in its locale. */
export function redirectsFor(docs: { id: string; locale: string; aliases?: string[] | undefined }[]): Redirect[] {
  return docs.flatMap((doc) => {
    const locale = doc.locale;
    if (!isLocale(locale)) return [];
    return (doc.aliases ?? []).flatMap((entry) => {
      const alias = parseAlias(entry);
      if (alias?.kind !== "section") return [];
      return [
        { source: sectionPath(locale, alias.from), destination: sectionPath(locale, doc.id), permanent: true as const },
      ];
    });
  });
}
