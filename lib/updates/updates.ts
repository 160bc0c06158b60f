import { allUpdates, type Update } from "contentlayer/generated";
import type { Locale } from "../i18n/locales";
import type { UpdateKind } from "./kinds";

export type { Update };

/** Newest first; on the same day, by id so the order never changes between builds. */
export function getUpdates(locale: Locale, kind?: UpdateKind): Update[] {
  return allUpdates
    .filter((u) => u.locale === locale && (!kind || u.kind === kind))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

export function getUpdate(locale: Locale, id: string): Update | undefined {
  return allUpdates.find((u) => u.locale === locale && u.id === id);
}

/** The day of an update ("YYYY-MM-DD"); Contentlayer stores dates as ISO times at midnight UTC. */
export const updateDay = (value: string): string => value.slice(0, 10);
