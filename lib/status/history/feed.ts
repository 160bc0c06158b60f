import "server-only";
import { Feed } from "feed";
import { languageTag, statusFeedPath, statusPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { fill } from "@/lib/i18n/format";
import { absoluteUrl, site, siteText } from "@/lib/site/site";
import type { StatusConfig } from "../config";
import { describeReason, stateLabel } from "../describe";
import { RETENTION_DAYS, type HistoryEntry } from "./entry";
import { checkTimeline } from "./timeline";

export const FEED_ENTRIES = 100;

/** Every state change kept (400 days), newest first, as an Atom feed in the locale's language. */
export function statusFeed(config: StatusConfig, entries: HistoryEntry[], end: Date, locale: Locale): string {
  const t = getMessages(locale).status.feed;
  const checks = [...config.controls, ...config.backups];
  const changes = checks
    .flatMap((check) =>
      checkTimeline(entries, check.id, end, RETENTION_DAYS).changes.map((change) => ({ check, change })),
    )
    .sort((a, b) => Date.parse(b.change.at) - Date.parse(a.change.at))
    .slice(0, FEED_ENTRIES);
  const page = absoluteUrl(statusPath(locale));
  const feed = new Feed({
    id: absoluteUrl(statusFeedPath(locale)),
    title: fill(t.title, { site: siteText(locale).siteName }, locale),
    description: t.description,
    link: page,
    language: languageTag[locale],
    copyright: site.company,
    updated: changes[0] ? new Date(changes[0].change.at) : end,
    feedLinks: { atom: absoluteUrl(statusFeedPath(locale)) },
  });
  for (const { check, change } of changes) {
    const title = fill(
      t.entryTitle,
      { check: check.title[locale], from: stateLabel(change.from, locale), to: stateLabel(change.to, locale) },
      locale,
    );
    feed.addItem({
      title,
      // Stable across rebuilds: the check and the moment of the change.
      id: `${page}#history-${check.id}-${change.at}`,
      link: `${page}#history-${check.id}`,
      date: new Date(change.at),
      description: describeReason(change.reason, locale),
    });
  }
  return feed.atom1();
}
