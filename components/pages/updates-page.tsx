import { FeedLinks } from "@/components/updates/feed-links";
import { SubscribeForm } from "@/components/updates/subscribe-form";
import { KindFilter } from "@/components/updates/kind-filter";
import { UpdateList } from "@/components/updates/update-list";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import type { UpdateKind } from "@/lib/updates/kinds";
import { updatesLead } from "@/lib/updates/metadata";
import { getUpdates } from "@/lib/updates/updates";

export type UpdatesPageProps = { locale: Locale; kind?: UpdateKind };

/** All updates, or those of one kind, newest first. */
export function UpdatesPage({ locale, kind }: UpdatesPageProps) {
  const t = getMessages(locale).updates;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{kind ? t.kindTitles[kind] : t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{updatesLead(locale)}</p>
      <div className="mt-4 space-y-1">
        <FeedLinks locale={locale} label={t.follow} />
        {kind ? <FeedLinks locale={locale} kind={kind} label={t.kindTitles[kind]} /> : null}
      </div>
      <KindFilter locale={locale} current={kind} />
      <UpdateList locale={locale} updates={getUpdates(locale, kind)} headingLevel={2} />
      <SubscribeForm locale={locale} />
    </div>
  );
}
