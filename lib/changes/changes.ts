import { getSections } from "../content/sections";
import { sectionPath, statusPath, subprocessorsPath, type Locale } from "../i18n/locales";
import { getMessages } from "../i18n/catalogue";
import { loadStatusConfig } from "../status/config";
import { loadSubprocessors } from "../subprocessors/load";
import type { SubprocessorFile } from "../subprocessors/schema";

// What changed since a reader's last review: the sections' change logs, the subprocessor list
// and the live status configuration, newest first.

export type ChangeArea = "section" | "subprocessor" | "status";
export type Change = { date: string; area: ChangeArea; title: string; summary: string; href: string };

export const DEFAULT_MONTHS = 12;

function subprocessorChanges(list: SubprocessorFile, locale: Locale): Change[] {
  const t = getMessages(locale).changes;
  const href = (id?: string) => `${subprocessorsPath(locale)}${id ? `#${id}` : ""}`;
  const initial = list.subprocessors.filter((s) => s.since === list.firstPublished);
  return [
    {
      date: list.firstPublished,
      area: "subprocessor",
      title: t.listPublished,
      summary: initial.map((s) => s.name).join(t.listSeparator),
      href: href(),
    },
    ...list.subprocessors
      .filter((s) => s.since > list.firstPublished)
      .map((s): Change => ({
        date: s.since,
        area: "subprocessor",
        title: `${t.added}${s.name}`,
        summary: s.purpose[locale],
        href: href(s.id),
      })),
    ...list.subprocessors.flatMap((s): Change[] =>
      s.until
        ? [
            {
              date: s.until,
              area: "subprocessor",
              title: `${t.removed}${s.name}`,
              summary: s.purpose[locale],
              href: href(),
            },
          ]
        : [],
    ),
  ];
}

export function allChanges(locale: Locale): Change[] {
  const sections = getSections(locale).flatMap((section) =>
    section.changes.map((c): Change => ({
      date: c.date.slice(0, 10),
      area: "section",
      title: section.title,
      summary: c.summary,
      href: sectionPath(locale, section.id),
    })),
  );
  const status = loadStatusConfig().changes.map((c): Change => ({
    date: c.date,
    area: "status",
    title: getMessages(locale).changes.statusTitle,
    summary: c.summary[locale],
    href: statusPath(locale),
  }));
  return [...sections, ...subprocessorChanges(loadSubprocessors(), locale), ...status].sort(
    (a, b) => b.date.localeCompare(a.date) || a.area.localeCompare(b.area) || a.title.localeCompare(b.title),
  );
}

/** The day `months` before `day` ("YYYY-MM-DD"), the default start of the list. */
export function monthsBefore(day: string, months = DEFAULT_MONTHS): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}
