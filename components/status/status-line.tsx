import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { formatDate } from "@/lib/i18n/format";
import { describeReason } from "@/lib/status/describe";
import { effectiveState } from "@/lib/status/snapshot";
import type { StatusReason, StatusSnapshot, StatusState } from "@/lib/status/types";
import { StatusBadge } from "./status-badge";

export type StatusLineProps = {
  locale: Locale;
  snapshot: StatusSnapshot;
  state: StatusState;
  reason: StatusReason;
  evidenceAt: string | null;
};

/**
 * Badge, reason and evidence time. The stale variant is rendered too, hidden: the page may be
 * read long after it was built, and browser/islands/stale-guard.ts swaps it in once the snapshot has expired.
 */
export function StatusLine({ locale, snapshot, state, reason, evidenceAt }: StatusLineProps) {
  const shown = effectiveState(state, snapshot);
  const checked = evidenceAt ?? snapshot.generatedAt;
  const stale = { code: "snapshot_stale", generatedAt: snapshot.generatedAt } as const;
  return (
    <span
      className="inline-flex flex-wrap items-center gap-x-2 gap-y-1"
      data-status-expires={snapshot.expiresAt}
      data-testid="status-line"
    >
      <span data-live hidden={shown !== state} className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
        <StatusBadge state={state} locale={locale} />
        <span>{describeReason(reason, locale)}</span>
      </span>
      <span data-stale-note hidden={shown === state} className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
        <StatusBadge state="stale" locale={locale} />
        <span>{describeReason(stale, locale)}</span>
      </span>
      <span className="text-slate-600 dark:text-slate-400">
        · {getMessages(locale).status.checked}{" "}
        <time dateTime={checked} title={formatDate(checked, locale, "dateTime")}>
          {formatDate(checked, locale, "time")}
        </time>
      </span>
    </span>
  );
}
