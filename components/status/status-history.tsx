import { getMessages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { fill, formatDate, formatPercent } from "@/lib/i18n/format";
import { describeReason, stateLabel } from "@/lib/status/describe";
import type { HistoryView } from "@/lib/status/history/view";
import { dayClass, HistoryBar } from "./history-bar";

export type StatusHistoryProps = { locale: Locale; history: HistoryView };

const LEGEND = ["passing", "failing", "unknown", "stale", "no_data"] as const;

/** Per check: the last 90 days, the share of time passing with evidence, and every state change. */
export function StatusHistory({ locale, history }: StatusHistoryProps) {
  const t = getMessages(locale).status.history;
  return (
    <>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t.lead}</p>
      <ul
        aria-label={t.legend}
        className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300"
      >
        {LEGEND.map((state) => (
          <li key={state} className="inline-flex items-end gap-1">
            <span aria-hidden="true" className={`inline-block w-2 ${dayClass(state)}`} />
            {t.dayStates[state]}
          </li>
        ))}
      </ul>
      <ul className="mt-4 space-y-6">
        {history.checks.map((check) => {
          const since =
            check.coveredFrom && check.coveredFrom.slice(0, 10) > history.from
              ? formatDate(check.coveredFrom, locale)
              : undefined;
          const percent = check.passingShare === null ? undefined : formatPercent(check.passingShare, locale);
          const share =
            percent === undefined
              ? t.shareNone
              : fill(since ? t.shareSince : t.share, { percent, since: since ?? "" }, locale);
          return (
            <li key={check.id} id={`history-${check.id}`} data-testid={`history-${check.id}`}>
              <h3 className="font-medium">{check.title[locale]}</h3>
              <HistoryBar locale={locale} title={check.title[locale]} days={check.days} />
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                <time dateTime={history.from}>{formatDate(history.from, locale)}</time> –{" "}
                <time dateTime={history.to}>{formatDate(history.to, locale)}</time> ·{" "}
                <span data-testid="passing-share">{share}</span>
              </p>
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
                  {fill(t.changesCount, { n: check.changes.length }, locale)}
                </summary>
                {check.changes.length === 0 ? (
                  <p className="mt-1 text-slate-600 dark:text-slate-400">{t.noChanges}</p>
                ) : (
                  <ol className="mt-1 space-y-1">
                    {check.changes.map((change) => (
                      <li key={`${change.at}-${change.to}`}>
                        <time dateTime={change.at}>{formatDate(change.at, locale, "dateTime")}</time>:{" "}
                        {fill(
                          t.change,
                          { from: stateLabel(change.from, locale), to: stateLabel(change.to, locale) },
                          locale,
                        )}{" "}
                        — {describeReason(change.reason, locale)}
                      </li>
                    ))}
                  </ol>
                )}
              </details>
            </li>
          );
        })}
      </ul>
    </>
  );
}
