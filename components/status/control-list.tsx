import { getMessages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import type { StatusSnapshot } from "@/lib/status/types";
import type { StatusItem } from "@/lib/status/view";
import { describeReason } from "@/lib/status/describe";
import { StatusBadge } from "./status-badge";
import { StatusLine } from "./status-line";

export type ControlListProps = {
  locale: Locale;
  snapshot: StatusSnapshot;
  items: StatusItem[];
  label: string;
  compact?: boolean;
};

/** Every control (and backup target) with its state, evidence time and, where allowed, its rules. */
export function ControlList({ locale, snapshot, items, label, compact = false }: ControlListProps) {
  return (
    <ul
      aria-label={label}
      className="not-prose my-4 divide-y divide-slate-200 rounded-md border border-slate-300 text-sm dark:divide-slate-800 dark:border-slate-700"
    >
      {items.map((item) => (
        <li key={item.id} data-testid={`status-item-${item.id}`} className="px-3 py-2">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="font-medium">{item.title}</span>
            {item.claimHref && !compact ? (
              <a href={item.claimHref} className="text-xs text-slate-600 underline dark:text-slate-400">
                {getMessages(locale).status.claim}
              </a>
            ) : null}
          </div>
          <div className="mt-1">
            <StatusLine
              locale={locale}
              snapshot={snapshot}
              state={item.state}
              reason={item.reason}
              evidenceAt={item.evidenceAt}
            />
          </div>
          {item.note && !compact ? (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{describeReason(item.note, locale)}</p>
          ) : null}
          {item.rules.length > 0 && !compact ? (
            <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
              {item.rules.map((rule) => (
                <li key={rule.name} className="inline-flex items-center gap-1">
                  <code>{rule.name}</code>
                  <StatusBadge state={rule.state} locale={locale} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
