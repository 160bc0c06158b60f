import type { MetadataRoute } from "next";
import { getSections } from "./content/sections";
import {
  changesPath,
  documentsPath,
  faqPath,
  homePath,
  languageTag,
  locales,
  questionnairePath,
  sectionPath,
  statusPath,
  subprocessorsPath,
  translatePath,
  updatePath,
  updatesKindPath,
  updatesPath,
  whitepaperPath,
} from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site/site";
import { loadSubprocessors } from "./subprocessors/load";
import { publicList } from "./subprocessors/public";
import { UPDATE_KINDS } from "./updates/kinds";
import { getUpdates } from "./updates/updates";

/** Every public page in both locales, each with its hreflang alternates. */
export function sitemapEntries(): MetadataRoute.Sitemap {
  const newest = getSections("en")
    .map((s) => s.updated)
    .sort()
    .at(-1);
  const latestUpdate = getUpdates("en")[0]?.date.slice(0, 10);
  const subprocessorsChanged = publicList(loadSubprocessors()).lastChange;
  const pages = locales.flatMap((locale) => [
    { path: homePath(locale), modified: newest },
    { path: whitepaperPath(locale), modified: newest },
    { path: statusPath(locale), modified: undefined },
    { path: faqPath(locale), modified: undefined },
    { path: questionnairePath(locale), modified: undefined },
    { path: documentsPath(locale), modified: undefined },
    ...getSections(locale).map((s) => ({ path: sectionPath(locale, s.id), modified: s.updated })),
    { path: updatesPath(locale), modified: latestUpdate },
    ...UPDATE_KINDS.map((kind) => ({
      path: updatesKindPath(locale, kind),
      modified: getUpdates(locale, kind)[0]?.date.slice(0, 10),
    })),
    ...getUpdates(locale).map((u) => ({ path: updatePath(locale, u.id), modified: u.date.slice(0, 10) })),
    { path: subprocessorsPath(locale), modified: subprocessorsChanged },
    { path: changesPath(locale), modified: undefined },
  ]);
  return pages.map(({ path, modified }) => ({
    url: absoluteUrl(path),
    ...(modified ? { lastModified: modified } : {}),
    alternates: {
      languages: Object.fromEntries(locales.map((l) => [languageTag[l], absoluteUrl(translatePath(path, l))])),
    },
  }));
}
