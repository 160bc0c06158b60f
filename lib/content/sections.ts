import { allSections, type Section } from "contentlayer/generated";
import type { Locale } from "@/lib/i18n/locales";
import { parseAlias } from "./aliases";
import type { TocEntry } from "./headings";

export type { Section };

export function getSections(locale: Locale): Section[] {
  return allSections.filter((s) => s.locale === locale).sort((a, b) => a.order - b.order);
}

export function getSection(locale: Locale, id: string): Section | undefined {
  return allSections.find((s) => s.locale === locale && s.id === id);
}

export function sectionToc(section: Section): TocEntry[] {
  return section.toc as TocEntry[];
}

/** Neighbours in reading order, for previous/next links. */
export function neighbours(locale: Locale, id: string): { previous?: Section; next?: Section } {
  const sections = getSections(locale);
  const index = sections.findIndex((s) => s.id === id);
  return { previous: sections[index - 1], next: sections[index + 1] };
}

/**
 * Every anchor that used to exist, mapped to where it lives now. Old section ids are anchors
 * too: on the one-page whitepaper each section is an element with its id.
 */
export function anchorRedirects(): Record<string, { section: string; anchor: string }> {
  const map: Record<string, { section: string; anchor: string }> = {};
  for (const section of getSections("en")) {
    for (const entry of section.aliases ?? []) {
      const alias = parseAlias(entry);
      if (!alias) continue;
      map[alias.from] = { section: section.id, anchor: alias.kind === "anchor" ? alias.to : section.id };
    }
  }
  return map;
}
