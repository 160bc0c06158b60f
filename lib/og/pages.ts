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
    { image: "status.png", title: locale === "en" ? "Live status" : "实时状态", summary: locale === "en" ? "What AWS Config reports now about the controls and backups." : "AWS Config 对控制措施与备份的最新报告。", path: locale === "en" ? "/status" : "/zh/status" },
    ...getSections(locale).map((s) => ({ image: `${s.id}.png`, title: s.title, summary: s.summary, path: sectionPath(locale, s.id) })),
  ];
}

export function ogParams() {
  return locales.flatMap((locale) => ogPages(locale).map((p) => ({ locale, image: p.image })));
}

export function brandOf(locale: Locale): string {
  return site.name[locale];
}
