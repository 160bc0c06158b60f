import type { MetadataRoute } from "next";
import { getSections } from "./content/sections";
import { documentsPath, faqPath, homePath, languageTag, locales, questionnairePath, sectionPath, statusPath, translatePath, whitepaperPath } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site/site";

/** Every public page in both locales, each with its hreflang alternates. */
export function sitemapEntries(): MetadataRoute.Sitemap {
  const newest = getSections("en").map((s) => s.updated).sort().at(-1);
  const pages = locales.flatMap((locale) => [
    { path: homePath(locale), modified: newest },
    { path: whitepaperPath(locale), modified: newest },
    { path: statusPath(locale), modified: undefined },
    { path: faqPath(locale), modified: undefined },
    { path: questionnairePath(locale), modified: undefined },
    { path: documentsPath(locale), modified: undefined },
    ...getSections(locale).map((s) => ({ path: sectionPath(locale, s.id), modified: s.updated })),
  ]);
  return pages.map(({ path, modified }) => ({
    url: absoluteUrl(path),
    ...(modified ? { lastModified: modified } : {}),
    alternates: { languages: Object.fromEntries(locales.map((l) => [languageTag[l], absoluteUrl(translatePath(path, l))])) },
  }));
}
