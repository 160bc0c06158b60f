import type { Locale } from "@/lib/i18n";
import { formatDate } from "@/lib/format";
import type { DayState } from "@/lib/status/history/timeline";
import { statusMessages } from "@/lib/status/messages";

export type HistoryBarProps = { locale: Locale; title: string; days: { date: string; state: DayState }[] };

// Colour and height together, so a day's state never rests on colour alone.
export const DAY_STYLE: Record<DayState, string> = {
  passing: "h-6 bg-emerald-600 dark:bg-emerald-500",
  failing: "h-6 bg-red-700 dark:bg-red-500",
  unknown: "h-4 bg-slate-500 dark:bg-slate-400",
  stale: "h-5 bg-amber-500 dark:bg-amber-400",
  no_data: "h-2 bg-slate-200 dark:bg-slate-700",
};
const ORDER: DayState[] = ["passing", "failing", "unknown", "stale", "no_data"];

/** 90 days as a row of bars; one image to a screen reader, with the count per state as its name. */
export function HistoryBar({ locale, title, days }: HistoryBarProps) {
  const t = statusMessages(locale);
  const counts = ORDER.map((state) => [state, days.filter((d) => d.state === state).length] as const).filter(([, n]) => n > 0);
  const label = t.barLabel(title, counts.map(([state, n]) => `${n} ${t.dayStates[state]}`).join(t.listSeparator));
  return (
    <div role="img" aria-label={label} className="mt-2 flex h-6 items-end gap-px" data-testid="history-bar">
      {days.map((day) => (
        <span key={day.date} data-day={day.date} data-day-state={day.state} title={`${formatDate(day.date, locale)}: ${t.dayStates[day.state]}`} className={`w-full min-w-0.5 flex-1 rounded-sm ${DAY_STYLE[day.state]}`} />
      ))}
    </div>
  );
}
