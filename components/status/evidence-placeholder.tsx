import type { Locale } from "@/lib/i18n";
import { getMessages } from "@/lib/messages";

export type EvidencePlaceholderProps = { locale: Locale };

// Until a status source is wired in, a claim's widget says so instead of implying anything.
export function EvidencePlaceholder({ locale }: EvidencePlaceholderProps) {
  const t = getMessages(locale).status;
  return (
    <p className="not-prose my-4 flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300" data-testid="evidence">
      <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-800 dark:bg-slate-700 dark:text-slate-100">{t.unknown}</span>
      {t.pending}
    </p>
  );
}
