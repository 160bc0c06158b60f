import { getMessages } from "@/lib/i18n/catalogue";
import { statusPath, type Locale } from "@/lib/i18n/locales";
import { stateLabel } from "@/lib/status/describe";
import type { StatusSnapshot, StatusState } from "@/lib/status/types";
import { countByState, type StatusItem } from "@/lib/status/view";
import { ControlList } from "./control-list";

export type StatusSummaryProps = { locale: Locale; snapshot: StatusSnapshot; items: StatusItem[] };

const ORDER: StatusState[] = ["passing", "failing", "unknown", "stale"];

export function StatusSummary({ locale, snapshot, items }: StatusSummaryProps) {
  const t = getMessages(locale).status;
  const counts = countByState(items);
  return (
    <>
      <h2 id="live-status" className="text-xl font-semibold">
        {t.title}
      </h2>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t.summaryLead}</p>
      <p className="mt-2 text-sm" data-testid="status-counts">
        {ORDER.filter((s) => counts[s] > 0)
          .map((s) => `${counts[s]} ${stateLabel(s, locale)}`)
          .join(t.countSeparator)}
        <span className="text-slate-600 dark:text-slate-400">
          {" "}
          — {t.source}: {t.sources[snapshot.source.kind]}
        </span>
      </p>
      <ControlList locale={locale} snapshot={snapshot} items={items} label={t.title} compact />
      <a href={statusPath(locale)} className="text-sm underline">
        {t.summaryAll}
      </a>
    </>
  );
}
