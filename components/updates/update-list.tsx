import { formatDate } from "@/lib/i18n/format";
import { updatePath, updatesKindPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import type { UpdateKind } from "@/lib/updates/kinds";
import { updateDay, type Update } from "@/lib/updates/updates";

export type UpdateListProps = { locale: Locale; updates: Update[]; headingLevel: 2 | 3 };

/** Updates as a list of cards: kind, date, title (linking to the update) and summary. */
export function UpdateList({ locale, updates, headingLevel }: UpdateListProps) {
  const t = getMessages(locale).updates;
  const Title = `h${headingLevel}` as const;
  if (updates.length === 0) return <p className="mt-4 text-slate-700 dark:text-slate-300">{t.none}</p>;
  return (
    <ol className="mt-4 space-y-4" data-testid="update-list">
      {updates.map((update) => (
        <li key={update.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <p className="flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-400">
            <time dateTime={updateDay(update.date)}>{formatDate(update.date, locale)}</time>
            <a href={updatesKindPath(locale, update.kind)} className="underline">
              {t.kinds[update.kind as UpdateKind]}
            </a>
          </p>
          <Title className="mt-1 font-semibold">
            <a href={updatePath(locale, update.id)} className="hover:underline">
              {update.title}
            </a>
          </Title>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{update.summary}</p>
        </li>
      ))}
    </ol>
  );
}
