import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/i18n/format";
import type { DayState } from "@/lib/status/history/timeline";
import { getMessages } from "@/lib/i18n/catalogue";
import { fill } from "@/lib/i18n/format";

export type HistoryBarProps = { locale: Locale; title: string; days: { date: string; state: DayState }[] };

/** The day's classes (app/globals.css): colour and height together, so a state never rests on colour alone. */
export const dayClass = (state: DayState) => `day day-${state}`;
const ORDER: DayState[] = ["passing", "failing", "unknown", "stale", "no_data"];

/** 90 days as a row of bars; one image to a screen reader, with the count per state as its name. */
export function HistoryBar({ locale, title, days }: HistoryBarProps) {
  const t = getMessages(locale).status.history;
  const counts = ORDER.map((state) => [state, days.filter((d) => d.state === state).length] as const).filter(
    ([, n]) => n > 0,
  );
  const label = fill(
    t.barLabel,
    { title, counts: counts.map(([state, n]) => `${n} ${t.dayStates[state]}`).join(t.listSeparator) },
    locale,
  );
  return (
    <div role="img" aria-label={label} className="mt-2 flex h-6 items-end gap-px" data-testid="history-bar">
      {days.map((day) => (
        <span
          key={day.date}
          title={fill(t.dayTitle, { date: formatDate(day.date, locale), state: t.dayStates[day.state] }, locale)}
          className={dayClass(day.state)}
        />
      ))}
    </div>
  );
}
