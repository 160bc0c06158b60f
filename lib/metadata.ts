import type { Metadata } from "next";
import { getSection } from "./content/sections";
import { changesPath, homePath, languageTag, locales, ogLocale, sectionPath, subscribeOutcomePath, statusFeedPath, statusPath, subprocessorsPath, translatePath, updatePath, updatesFeedPath, updatesKindPath, updatesPath, whitepaperPath, type Locale } from "./i18n";
import { getMessages } from "./messages";
import { site } from "./site";
import { feedMessages } from "./status/history/feed-messages";
import type { Outcome } from "./subscriptions/outcome";
import type { UpdateKind } from "./updates/kinds";
import { getUpdate } from "./updates/updates";

export type PageMetadataInput = {
  locale: Locale;
  path: string;
  title: string;
  description: string;
  /** file name under /og/<locale>/, e.g. "backups.png" */
  image: string;
  type?: "website" | "article";
  modified?: string;
};

export function ogImagePath(locale: Locale, image: string): string {
  return `/og/${locale}/${image}`;
}

/** Title, description, canonical, hreflang alternates and social cards for one page. */
export function pageMetadata({ locale, path, title, description, image, type = "website", modified }: PageMetadataInput): Metadata {
  const languages = Object.fromEntries(locales.map((l) => [languageTag[l], translatePath(path, l)]));
  const imageUrl = ogImagePath(locale, image);
  return {
    metadataBase: new URL(site.baseUrl),
    title,
    description,
    // Feed readers find the updates from any page.
    alternates: { canonical: path, languages: { ...languages, "x-default": translatePath(path, "en") }, types: feedAlternates(locale) },
    openGraph: {
      type,
      title,
      description,
      url: path,
      siteName: site.name[locale],
      locale: ogLocale[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      images: [{ url: imageUrl, width: 1200, height: 630, alt: title }],
      ...(type === "article" && modified ? { modifiedTime: modified } : {}),
    },
    twitter: { card: "summary_large_image", title, description, images: [imageUrl] },
  };
}

// Per-route metadata, shared by both locales' route files.
export function homeMetadata(locale: Locale): Metadata {
  const t = getMessages(locale).home;
  return pageMetadata({ locale, path: homePath(locale), title: site.name[locale], description: t.lead, image: "home.png" });
}

export function whitepaperMetadata(locale: Locale): Metadata {
  const t = getMessages(locale).whitepaper;
  return pageMetadata({ locale, path: whitepaperPath(locale), title: t.title, description: t.lead, image: "security.png", type: "article" });
}

export function sectionMetadata(locale: Locale, id: string): Metadata {
  const section = getSection(locale, id);
  if (!section) return {};
  return pageMetadata({ locale, path: sectionPath(locale, id), title: section.title, description: section.summary, image: `${id}.png`, type: "article", modified: section.updated });
}

export function layoutMetadata(locale: Locale): Metadata {
  return {
    metadataBase: new URL(site.baseUrl),
    title: { default: site.name[locale], template: `%s · ${site.name[locale]}` },
    applicationName: site.name[locale],
    alternates: { types: feedAlternates(locale) },
  };
}

export function statusMetadata(locale: Locale): Metadata {
  const title = locale === "en" ? "Live status" : "实时状态";
  const description = locale === "en" ? "What AWS Config reports now about UpKeep's controls and backup freshness." : "AWS Config 对 UpKeep 控制措施与备份新鲜度的最新报告。";
  const metadata = pageMetadata({ locale, path: statusPath(locale), title, description, image: "status.png" });
  // Feed readers find the state changes from the page itself.
  const types = feedAlternates(locale);
  const statusFeed = { url: statusFeedPath(locale), title: feedMessages(locale).title(site.name[locale]) };
  return { ...metadata, alternates: { ...metadata.alternates, types: { ...types, "application/atom+xml": [statusFeed, ...(types?.["application/atom+xml"] as { url: string; title: string }[])] } } };
}

export function questionnaireMetadata(locale: Locale): Metadata {
  const title = locale === "en" ? "Answer a security questionnaire" : "回答安全问卷";
  const description = locale === "en" ? "Paste or upload a vendor security questionnaire and get answers that cite the exact section, in your browser." : "粘贴或上传供应商安全问卷，在浏览器中获得引用具体章节的答案。";
  return pageMetadata({ locale, path: locale === "en" ? "/questionnaire" : "/zh/questionnaire", title, description, image: "home.png" });
}

export function faqMetadata(locale: Locale): Metadata {
  const title = locale === "en" ? "Security FAQ" : "安全常见问题";
  const description = locale === "en" ? "Short answers to common security questions, each citing the whitepaper section that backs it." : "常见安全问题的简短回答，每条都引用支撑它的白皮书章节。";
  return pageMetadata({ locale, path: locale === "en" ? "/faq" : "/zh/faq", title, description, image: "home.png" });
}

/** The update feeds of a locale (and of one kind), for <link rel="alternate"> on every page. */
export function feedAlternates(locale: Locale, kind?: UpdateKind): NonNullable<Metadata["alternates"]>["types"] {
  const t = getMessages(locale).updates;
  const feeds = (k?: UpdateKind) => ({ title: `${site.name[locale]}${t.colon}${k ? t.kindTitles[k] : t.feedTitle}`, atom: updatesFeedPath(locale, "atom", k), json: updatesFeedPath(locale, "json", k) });
  const list = kind ? [feeds(), feeds(kind)] : [feeds()];
  return {
    "application/atom+xml": list.map((f) => ({ url: f.atom, title: f.title })),
    "application/feed+json": list.map((f) => ({ url: f.json, title: f.title })),
  };
}

export function updatesMetadata(locale: Locale, kind?: UpdateKind): Metadata {
  const t = getMessages(locale).updates;
  const path = kind ? updatesKindPath(locale, kind) : updatesPath(locale);
  const metadata = pageMetadata({ locale, path, title: kind ? t.kindTitles[kind] : t.title, description: t.lead, image: "home.png" });
  return { ...metadata, alternates: { ...metadata.alternates, types: feedAlternates(locale, kind) } };
}

export function updateMetadata(locale: Locale, id: string): Metadata {
  const update = getUpdate(locale, id);
  if (!update) return {};
  const metadata = pageMetadata({ locale, path: updatePath(locale, id), title: update.title, description: update.summary, image: "home.png", type: "article", modified: update.date });
  return { ...metadata, alternates: { ...metadata.alternates, types: feedAlternates(locale, update.kind as UpdateKind) } };
}

export function subprocessorsMetadata(locale: Locale): Metadata {
  const t = getMessages(locale).subprocessors;
  const metadata = pageMetadata({ locale, path: subprocessorsPath(locale), title: t.title, description: t.lead.replace(/[:：]$/, "."), image: "home.png" });
  return { ...metadata, alternates: { ...metadata.alternates, types: feedAlternates(locale, "subprocessor") } };
}

export function changesMetadata(locale: Locale): Metadata {
  const t = getMessages(locale).changes;
  return pageMetadata({ locale, path: changesPath(locale), title: t.title, description: t.lead, image: "home.png" });
}

export function subscribeOutcomeMetadata(locale: Locale, outcome: Outcome): Metadata {
  const t = getMessages(locale).subscribe.outcomes[outcome];
  const metadata = pageMetadata({ locale, path: subscribeOutcomePath(locale, outcome), title: t.title, description: t.text, image: "home.png" });
  // A step of someone's subscription, not a page to find by search.
  return { ...metadata, robots: { index: false } };
}
