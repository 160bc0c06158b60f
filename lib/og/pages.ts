import { getSections } from "../content/sections";
import { homePath, locales, sectionPath, statusPath, whitepaperPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { siteText } from "@/lib/site/site";

export type OgPage = { image: string; title: string; summary: string; path: string };

/** Every page that has a preview image, by its file name under /og/<locale>/. */
export function ogPages(locale: Locale): OgPage[] {
  const t = getMessages(locale);
  const text = siteText(locale);
  return [
    { image: "home.png", title: text.home.title, summary: text.home.lead, path: homePath(locale) },
    { image: "security.png", title: t.whitepaper.title, summary: text.whitepaperLead, path: whitepaperPath(locale) },
    { image: "status.png", title: t.status.title, summary: t.status.ogSummary, path: statusPath(locale) },
    ...getSections(locale).map((s) => ({
      image: `${s.id}.png`,
      title: s.title,
      summary: s.summary,
      path: sectionPath(locale, s.id),
    })),
  ];
}

export function ogParams() {
  return locales.flatMap((locale) => ogPages(locale).map((p) => ({ locale, image: p.image })));
}

export function brandOf(locale: Locale): string {
  return siteText(locale).siteName;
}
