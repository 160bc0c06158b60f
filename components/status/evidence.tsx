import { getMessages } from "@/lib/i18n/catalogue";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { StatusSnapshot } from "@/lib/status/types";
import type { StatusItem } from "@/lib/status/view";
import { StatusLine } from "./status-line";

export type EvidenceProps = { locale: Locale; snapshot: StatusSnapshot; item: StatusItem | undefined; target: string };

/** Placed by authors right after the sentence it supports: <Evidence target="database-backups" />. */
export function Evidence({ locale, snapshot, item, target }: EvidenceProps) {
  const t = getMessages(locale).status;
  return (
    <aside
      aria-label={`${t.liveEvidence}: ${item?.title ?? target}`}
      data-testid={`evidence-${target}`}
      className="not-prose my-4 rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-800 dark:border-slate-700 dark:text-slate-200"
    >
      <span className="mr-2 font-medium">{item?.title ?? target}</span>
      {item ? (
        <StatusLine
          locale={locale}
          snapshot={snapshot}
          state={item.state}
          reason={item.reason}
          evidenceAt={item.evidenceAt}
        />
      ) : (
        <span>{fill(t.missing, { target }, locale)}</span>
      )}
    </aside>
  );
}
