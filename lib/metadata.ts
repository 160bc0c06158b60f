import type { Metadata } from "next";
import { getSection } from "./content/sections";
import { fill } from "@/lib/i18n/format";
import { documentsText } from "@/lib/documents/text";
import {
  defaultLocale,
  documentsPath,
  faqPath,
  homePath,
  languageTag,
  locales,
  ogLocale,
  questionnairePath,
  sectionPath,
  statusFeedPath,
  statusPath,
  translatePath,
  whitepaperPath,
  type Locale,
} from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { site, siteText } from "@/lib/site/site";
import { feedAlternates } from "@/lib/updates/metadata";

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
export function pageMetadata({
  locale,
  path,
  title,
  description,
  image,
  type = "website",
  modified,
}: PageMetadataInput): Metadata {
  const languages = Object.fromEntries(locales.map((l) => [languageTag[l], translatePath(path, l)]));
  const imageUrl = ogImagePath(locale, image);
  return {
    metadataBase: new URL(site.baseUrl),
    title,
    description,
    // Feed readers find the updates from any page.
    alternates: {
      canonical: path,
      languages: { ...languages, "x-default": translatePath(path, defaultLocale) },
      types: feedAlternates(locale),
    },
    openGraph: {
      type,
      title,
      description,
      url: path,
      siteName: siteText(locale).siteName,
      locale: ogLocale[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      images: [{ url: imageUrl, width: 1200, height: 630, alt: title }],
      ...(type === "article" && modified ? { modifiedTime: modified } : {}),
    },
    twitter: { card: "summary_large_image", title, description, images: [imageUrl] },
  };
}

// Per-route metadata, shared by every locale's route files.
export function homeMetadata(locale: Locale): Metadata {
  const text = siteText(locale);
  return pageMetadata({
    locale,
    path: homePath(locale),
    title: text.siteName,
    description: text.home.lead,
    image: "home.png",
  });
}

export function whitepaperMetadata(locale: Locale): Metadata {
  const title = getMessages(locale).whitepaper.title;
  return pageMetadata({
    locale,
    path: whitepaperPath(locale),
    title,
    description: siteText(locale).whitepaperLead,
    image: "security.png",
    type: "article",
  });
}

export function sectionMetadata(locale: Locale, id: string): Metadata {
  const section = getSection(locale, id);
  if (!section) return {};
  return pageMetadata({
    locale,
    path: sectionPath(locale, id),
    title: section.title,
    description: section.summary,
    image: `${id}.png`,
    type: "article",
    modified: section.updated,
  });
}

export function layoutMetadata(locale: Locale): Metadata {
  const name = siteText(locale).siteName;
  return {
    metadataBase: new URL(site.baseUrl),
    title: { default: name, template: `%s · ${name}` },
    applicationName: name,
    alternates: { types: feedAlternates(locale) },
  };
}

export function statusMetadata(locale: Locale): Metadata {
  const t = getMessages(locale).status;
  const description = fill(t.description, { company: site.company }, locale);
  const metadata = pageMetadata({ locale, path: statusPath(locale), title: t.title, description, image: "status.png" });
  // Feed readers find the state changes from the page itself, ahead of the updates' feeds.
  const types = feedAlternates(locale);
  const statusFeed = {
    url: statusFeedPath(locale),
    title: fill(getMessages(locale).status.feed.title, { site: siteText(locale).siteName }, locale),
  };
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: { ...types, "application/atom+xml": [statusFeed, ...types["application/atom+xml"]] },
    },
  };
}

export function questionnaireMetadata(locale: Locale): Metadata {
  const t = getMessages(locale).questionnaire;
  return pageMetadata({
    locale,
    path: questionnairePath(locale),
    title: t.title,
    description: t.description,
    image: "home.png",
  });
}

export function faqMetadata(locale: Locale): Metadata {
  const t = getMessages(locale).faq;
  return pageMetadata({ locale, path: faqPath(locale), title: t.title, description: t.description, image: "home.png" });
}

export function notFoundMetadata(locale: Locale): Metadata {
  return { title: getMessages(locale).notFound.pageTitle, robots: { index: false } };
}

export function documentsMetadata(locale: Locale): Metadata {
  const t = documentsText(locale);
  return pageMetadata({ locale, path: documentsPath(locale), title: t.title, description: t.lead, image: "home.png" });
}

/** The documents flow's own pages (notices, links from mail): not for search engines, and a link's token never leaves the site in a Referer (same-origin keeps the Origin header the form check needs). */
export function documentsFlowMetadata(title: string): Metadata {
  return { title, robots: { index: false, follow: false }, referrer: "same-origin" };
}
