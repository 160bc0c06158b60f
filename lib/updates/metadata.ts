import type { Metadata } from "next";
import { fill } from "@/lib/i18n/format";
import {
  changesPath,
  subprocessorsPath,
  subscribeOutcomePath,
  updatePath,
  updatesFeedPath,
  updatesKindPath,
  updatesPath,
  type Locale,
} from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { pageMetadata } from "@/lib/metadata";
import { loadSubprocessors } from "@/lib/subprocessors/load";
import { site, siteText } from "@/lib/site/site";
import type { Outcome } from "@/lib/subscriptions/outcome";
import type { UpdateKind } from "./kinds";
import { getUpdate } from "./updates";

// Metadata of the updates, subprocessor, changes and subscription pages.

type FeedLink = { url: string; title: string };

/** The update feeds of a locale (and of one kind), for <link rel="alternate"> on every page. */
export function feedAlternates(
  locale: Locale,
  kind?: UpdateKind,
): { "application/atom+xml": FeedLink[]; "application/feed+json": FeedLink[] } {
  const t = getMessages(locale).updates;
  const name = siteText(locale).siteName;
  const feeds = (k?: UpdateKind) => ({
    title: `${name}${t.colon}${k ? t.kindTitles[k] : t.feedTitle}`,
    atom: updatesFeedPath(locale, "atom", k),
    json: updatesFeedPath(locale, "json", k),
  });
  const list = kind ? [feeds(), feeds(kind)] : [feeds()];
  return {
    "application/atom+xml": list.map((f) => ({ url: f.atom, title: f.title })),
    "application/feed+json": list.map((f) => ({ url: f.json, title: f.title })),
  };
}

export const updatesLead = (locale: Locale) =>
  fill(getMessages(locale).updates.lead, { company: site.company }, locale);

export function updatesMetadata(locale: Locale, kind?: UpdateKind): Metadata {
  const t = getMessages(locale).updates;
  const path = kind ? updatesKindPath(locale, kind) : updatesPath(locale);
  const metadata = pageMetadata({
    locale,
    path,
    title: kind ? t.kindTitles[kind] : t.title,
    description: updatesLead(locale),
    image: "home.png",
  });
  return { ...metadata, alternates: { ...metadata.alternates, types: feedAlternates(locale, kind) } };
}

export function updateMetadata(locale: Locale, id: string): Metadata {
  const update = getUpdate(locale, id);
  if (!update) return {};
  const metadata = pageMetadata({
    locale,
    path: updatePath(locale, id),
    title: update.title,
    description: update.summary,
    image: "home.png",
    type: "article",
    modified: update.date,
  });
  return {
    ...metadata,
    alternates: { ...metadata.alternates, types: feedAlternates(locale, update.kind as UpdateKind) },
  };
}

export const subprocessorsLead = (locale: Locale) =>
  fill(getMessages(locale).subprocessors.lead, { company: site.company, days: loadSubprocessors().noticeDays }, locale);

export function subprocessorsMetadata(locale: Locale): Metadata {
  const metadata = pageMetadata({
    locale,
    path: subprocessorsPath(locale),
    title: getMessages(locale).subprocessors.title,
    description: subprocessorsLead(locale),
    image: "home.png",
  });
  return { ...metadata, alternates: { ...metadata.alternates, types: feedAlternates(locale, "subprocessor") } };
}

export function changesMetadata(locale: Locale): Metadata {
  const t = getMessages(locale).changes;
  return pageMetadata({ locale, path: changesPath(locale), title: t.title, description: t.lead, image: "home.png" });
}

export function subscribeOutcomeMetadata(locale: Locale, outcome: Outcome): Metadata {
  const t = getMessages(locale).subscribe.outcomes[outcome];
  const metadata = pageMetadata({
    locale,
    path: subscribeOutcomePath(locale, outcome),
    title: t.title,
    description: t.text,
    image: "home.png",
  });
  // A step of someone's subscription, not a page to find by search.
  return { ...metadata, robots: { index: false } };
}
