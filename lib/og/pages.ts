import { getSections } from "../content/sections";
import { homePath, locales, sectionPath, whitepaperPath, type Locale } from "../i18n";
import { getMessages } from "../messages";
import { site } from "../site";

export type OgPage = { image: string; title: string; summary: string; path: string };

/** Every page that has a preview image, by its file name under /og/<locale>/. */
export function ogPages(locale: Locale): OgPage[] {
  const t = getMessages(locale);
  return [
    { image: "home.png", title: t.home.title, summary: t.home.lead, path: homePath(locale) },
    { image: "security.png", title: t.whitepaper.title, summary: t.whitepaper.lead, path: whitepaperPath(locale) },
    ...getSections(locale).map((s) => ({ image: `${s.id}.png`, title: s.title, summary: s.summary, path: sectionPath(locale, s.id) })),
  ];
}

export function ogParams() {
  return locales.flatMap((locale) => ogPages(locale).map((p) => ({ locale, image: p.image })));
}

export function brandOf(locale: Locale): string {
  return site.name[locale];
}
