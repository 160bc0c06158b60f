import { allChanges, monthsBefore } from "@/lib/changes/changes";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { buildDay } from "@/lib/updates/build-day";

export type ChangesPageProps = { locale: Locale };

/**
 * Every change, newest first. The default view (the last 12 months as of the build) is plain
 * HTML; older entries are in the page but hidden, and the date picker (an island) shows them.
 * The picker shows only where scripts run (the `scripting` media feature).
 */
export function ChangesPage({ locale }: ChangesPageProps) {
  const t = getMessages(locale).changes;
  const from = monthsBefore(buildDay());
  const changes = allChanges(locale);
  const inRange = changes.filter((c) => c.date >= from).length;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.lead}</p>
      {/* Laid out from the first paint wherever scripts run, so the list below never moves when the
          island wires it (Lighthouse counted that shift); without scripts it has nothing to do. */}
      <form
        data-changes-filter
        className="mt-6 flex flex-wrap items-end gap-3 [@media(scripting:none)]:hidden"
        action=""
      >
        <label className="flex flex-col text-sm">
          {t.since}
          <input
            type="date"
            name="since"
            defaultValue={from}
            className="mt-1 rounded-md border border-slate-400 px-2 py-1 dark:border-slate-500 dark:bg-slate-900"
          />
        </label>
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
        >
          {t.show}
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400" data-changes-default>
        {t.defaultRange}
      </p>
      <p className="mt-4" data-changes-none hidden={inRange > 0}>
        {t.none}
      </p>
      <ol className="mt-4 space-y-3" aria-label={t.list} data-testid="changes">
        {changes.map((c) => (
          <li
            key={`${c.date}-${c.area}-${c.href}-${c.summary}`}
            data-date={c.date}
            hidden={c.date < from}
            className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
          >
            <p className="flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-400">
              <time dateTime={c.date}>{formatDate(c.date, locale)}</time>
              <span>{t.areas[c.area]}</span>
            </p>
            <p className="mt-1 font-semibold">
              <a className="underline" href={c.href}>
                {c.title}
              </a>
            </p>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{c.summary}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
