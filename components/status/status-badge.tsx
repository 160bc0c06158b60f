import type { Locale } from "@/lib/i18n/locales";
import { stateLabel } from "@/lib/status/describe";
import type { StatusState } from "@/lib/status/types";

export type StatusBadgeProps = { state: StatusState; locale: Locale };

const STYLE: Record<StatusState, { className: string; icon: string }> = {
  passing: {
    className: "bg-emerald-100 text-emerald-900 ring-emerald-700/30 dark:bg-emerald-950 dark:text-emerald-200",
    icon: "✓",
  },
  failing: { className: "bg-red-100 text-red-900 ring-red-700/30 dark:bg-red-950 dark:text-red-200", icon: "✕" },
  unknown: {
    className: "bg-slate-200 text-slate-900 ring-slate-500/30 dark:bg-slate-800 dark:text-slate-100",
    icon: "?",
  },
  stale: {
    className: "bg-amber-100 text-amber-950 ring-amber-700/30 dark:bg-amber-950 dark:text-amber-200",
    icon: "⏱",
  },
};

/** The state in words and a symbol, never by colour alone. */
export function StatusBadge({ state, locale }: StatusBadgeProps) {
  const style = STYLE[state];
  return (
    <span
      data-state={state}
      className={`inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}`}
    >
      <span aria-hidden="true">{style.icon}</span>
      {stateLabel(state, locale)}
    </span>
  );
}
