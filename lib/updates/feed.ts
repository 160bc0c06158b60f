import { Feed } from "feed";
import {
  languageTag,
  updatePath,
  updatesFeedPath,
  updatesKindPath,
  updatesPath,
  type FeedFormat,
  type Locale,
} from "../i18n/locales";
import { getMessages } from "../i18n/catalogue";
import { fill } from "../i18n/format";
import { absoluteUrl, site, siteText } from "../site/site";
import type { UpdateKind } from "./kinds";
import type { Update } from "./updates";

export const FEED_ENTRIES = 50;

/** The feed of all updates (or of one kind) in the locale's language, newest first. */
function updatesFeed(locale: Locale, updates: Update[], kind: UpdateKind | undefined, built: Date): Feed {
  const t = getMessages(locale).updates;
  const page = absoluteUrl(kind ? updatesKindPath(locale, kind) : updatesPath(locale));
  const newest = updates[0];
  const feed = new Feed({
    id: page,
    title: `${siteText(locale).siteName}${t.colon}${kind ? t.kindTitles[kind] : t.feedTitle}`,
    description: fill(t.lead, { company: site.company }, locale),
    link: page,
    language: languageTag[locale],
    copyright: site.company,
    // The newest update's date, so an unchanged list gives a byte-identical feed on every build.
    updated: newest ? new Date(newest.date) : built,
    feedLinks: {
      atom: absoluteUrl(updatesFeedPath(locale, "atom", kind)),
      json: absoluteUrl(updatesFeedPath(locale, "json", kind)),
    },
    author: { name: site.company, link: absoluteUrl("/") },
  });
  for (const update of updates.slice(0, FEED_ENTRIES)) {
    const url = absoluteUrl(updatePath(locale, update.id));
    feed.addItem({
      // The update's URL is its identity: stable across rebuilds and the same in both formats.
      id: url,
      link: url,
      title: update.title,
      description: update.summary,
      content: update.html,
      date: new Date(update.date),
      published: new Date(update.date),
      category: [{ name: t.kinds[update.kind as UpdateKind], term: update.kind }],
    });
  }
  return feed;
}

/**
 * JSON Feed 1.1. `feed` writes version 1; 1.1 differs in the version URL, `authors` in place of
 * `author`, and a top-level `language`, so those three are set on what it wrote.
 */
function jsonFeed11(feed: Feed, locale: Locale): string {
  const { author, ...document } = JSON.parse(feed.json1()) as Record<string, unknown> & { author?: unknown };
  return JSON.stringify(
    {
      ...document,
      version: "https://jsonfeed.org/version/1.1",
      language: languageTag[locale],
      ...(author ? { authors: [author] } : {}),
    },
    null,
    2,
  );
}

export function renderUpdatesFeed(
  format: FeedFormat,
  locale: Locale,
  updates: Update[],
  kind: UpdateKind | undefined,
  built = new Date(),
): string {
  const feed = updatesFeed(locale, updates, kind, built);
  return format === "atom" ? feed.atom1() : jsonFeed11(feed, locale);
}

export const FEED_CONTENT_TYPE: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};
