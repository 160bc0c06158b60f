import { notFound } from "next/navigation";
import { MdxContent } from "@/components/content/mdx-content";
import { FeedLinks } from "@/components/updates/feed-links";
import { formatDate } from "@/lib/i18n/format";
import { homePath, updatesKindPath, updatesPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { getStatusView } from "@/lib/status/page-data";
import type { UpdateKind } from "@/lib/updates/kinds";
import { resolveUpdateLink } from "@/lib/updates/links";
import { getUpdate, updateDay } from "@/lib/updates/updates";

export type UpdatePageProps = { locale: Locale; id: string };

/** One update at its own, stable URL. */
export async function UpdatePage({ locale, id }: UpdatePageProps) {
  const update = getUpdate(locale, id);
  if (!update) notFound();
  const messages = getMessages(locale);
  const t = messages.updates;
  const kind = update.kind as UpdateKind;
  const links = (update.links ?? []).flatMap((link) => resolveUpdateLink(locale, link) ?? []);
  const status = await getStatusView(locale);
  return (
    <article className="mx-auto max-w-3xl">
      <nav aria-label={messages.section.breadcrumb} className="mb-6 text-sm text-slate-600 dark:text-slate-400">
        <ol className="flex flex-wrap gap-1">
          <li>
            <a href={homePath(locale)} className="hover:underline">
              {messages.nav.home}
            </a>{" "}
            /
          </li>
          <li>
            <a href={updatesPath(locale)} className="hover:underline">
              {t.title}
            </a>{" "}
            /
          </li>
          <li aria-current="page">{update.title}</li>
        </ol>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight">{update.title}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">{t.published}</dt>
        <dd>
          <time dateTime={updateDay(update.date)}>{formatDate(update.date, locale)}</time>
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">{t.kind}</dt>
        <dd>
          <a className="underline" href={updatesKindPath(locale, kind)}>
            {t.kinds[kind]}
          </a>
        </dd>
        {update.effective ? (
          <>
            <dt className="text-slate-600 dark:text-slate-400">{t.effective}</dt>
            <dd>
              <time dateTime={updateDay(update.effective)}>{formatDate(update.effective, locale)}</time>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{update.summary}</p>
      <div className="prose prose-slate mt-6 max-w-none dark:prose-invert">
        <MdxContent code={update.body.code} locale={locale} headingShift={0} status={status} />
      </div>
      {links.length > 0 ? (
        <section aria-labelledby="related" className="mt-8">
          <h2 id="related" className="text-lg font-semibold">
            {t.concerns}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {links.map((link) => (
              <li key={link.href}>
                <a className="underline" href={link.href}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="mt-8 space-y-1 border-t border-slate-200 pt-4 dark:border-slate-800">
        <FeedLinks locale={locale} label={t.follow} />
        <FeedLinks locale={locale} kind={kind} label={t.kindTitles[kind]} />
      </div>
    </article>
  );
}
