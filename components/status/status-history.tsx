import { languageTag, type Locale } from "@/lib/i18n";
import { formatDate } from "@/lib/format";
import { describeReason, formatDateTime, stateLabel } from "@/lib/status/describe";
import type { HistoryView } from "@/lib/status/history/view";
import { statusMessages } from "@/lib/status/messages";
import { dayClass, HistoryBar } from "./history-bar";

export type StatusHistoryProps = { locale: Locale; history: HistoryView };

const percent = (share: number, locale: Locale) => new Intl.NumberFormat(languageTag[locale], { style: "percent", maximumFractionDigits: 2 }).format(share);
const LEGEND = ["passing", "failing", "unknown", "stale", "no_data"] as const;

/** Per check: the last 90 days, the share of time passing with evidence, and every state change. */
export function StatusHistory({ locale, history }: StatusHistoryProps) {
  const t = statusMessages(locale);
  return (
    <>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t.historyLead}</p>
      <ul aria-label={t.legend} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
        {LEGEND.map((state) => (
          <li key={state} className="inline-flex items-end gap-1">
            <span aria-hidden="true" className={`inline-block w-2 ${dayClass(state)}`} />
            {t.dayStates[state]}
          </li>
        ))}
      </ul>
      <ul className="mt-4 space-y-6">
        {history.checks.map((check) => {
          const since = check.coveredFrom && check.coveredFrom.slice(0, 10) > history.from ? formatDate(check.coveredFrom, locale) : undefined;
          const share = check.passingShare === null ? t.shareNone : since ? t.shareSince(percent(check.passingShare, locale), since) : t.share(percent(check.passingShare, locale));
          return (
            <li key={check.id} id={`history-${check.id}`} data-testid={`history-${check.id}`}>
              <h3 className="font-medium">{check.title[locale]}</h3>
              <HistoryBar locale={locale} title={check.title[locale]} days={check.days} />
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                <time dateTime={history.from}>{formatDate(history.from, locale)}</time> – <time dateTime={history.to}>{formatDate(history.to, locale)}</time> · <span data-testid="passing-share">{share}</span>
              </p>
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
                  {t.changesCount(check.changes.length)}
                </summary>
                {check.changes.length === 0 ? (
                  <p className="mt-1 text-slate-600 dark:text-slate-400">{t.noChanges}</p>
                ) : (
                  <ol className="mt-1 space-y-1">
                    {check.changes.map((change) => (
                      <li key={`${change.at}-${change.to}`}>
                        <time dateTime={change.at}>{formatDateTime(change.at, locale)}</time>: {t.change(stateLabel(change.from, locale), stateLabel(change.to, locale))} — {describeReason(change.reason, locale)}
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
