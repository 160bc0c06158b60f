import { notFound } from "next/navigation";
import { AnchorRedirect } from "@/components/content/anchor-redirect";
import { Heading } from "@/components/content/heading";
import { JsonLd } from "@/components/content/json-ld";
import { MdxContent } from "@/components/content/mdx-content";
import { anchorRedirects, getSection, neighbours } from "@/lib/content/sections";
import { formatDate } from "@/lib/i18n/format";
import { homePath, sectionPath, whitepaperPath, type Locale } from "@/lib/i18n/locales";
import { sectionJsonLd } from "@/lib/json-ld";
import { getMessages } from "@/lib/i18n/catalogue";
import { getStatusView } from "@/lib/status/page-data";
import { FeedbackPrompt } from "@/components/feedback/feedback-prompt";

export type SectionPageProps = { locale: Locale; id: string };

/** One section on its own page: the URL sales paste into an email. */
export async function SectionPage({ locale, id }: SectionPageProps) {
  const section = getSection(locale, id);
  if (!section) notFound();
  const t = getMessages(locale);
  const { previous, next } = neighbours(locale, id);
  const status = await getStatusView(locale);
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={sectionJsonLd(locale, section)} />
      <AnchorRedirect redirects={anchorRedirects()} section={id} sectionPathPattern={sectionPath(locale, ":id")} />
      <nav
        aria-label={t.section.breadcrumb}
        data-print="hide"
        className="mb-6 text-sm text-slate-600 dark:text-slate-400"
      >
        <ol className="flex flex-wrap gap-1">
          <li>
            <a href={homePath(locale)} className="hover:underline">
              {t.nav.home}
            </a>{" "}
            /
          </li>
          <li>
            <a href={whitepaperPath(locale)} className="hover:underline">
              {t.whitepaper.title}
            </a>{" "}
            /
          </li>
          <li aria-current="page">{section.title}</li>
        </ol>
      </nav>
      <Heading level={1} locale={locale} id={section.id}>
        {section.title}
      </Heading>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {t.section.updated}
        <time data-testid="last-updated" dateTime={section.updated.slice(0, 10)}>
          {formatDate(section.updated, locale)}
        </time>
      </p>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{section.summary}</p>
      <div className="prose prose-slate mt-6 max-w-none dark:prose-invert">
        <MdxContent code={section.body.code} locale={locale} headingShift={0} status={status} />
      </div>
      <FeedbackPrompt section={section.id} locale={locale} text={t.feedback} />
      <nav
        aria-label={`${t.section.previous} / ${t.section.next}`}
        data-print="hide"
        className="mt-12 grid gap-4 border-t border-slate-200 pt-6 text-sm sm:grid-cols-2 dark:border-slate-800"
      >
        {previous ? (
          <a
            href={sectionPath(locale, previous.id)}
            className="rounded-md border border-slate-200 p-3 hover:border-brand-600 dark:border-slate-800"
          >
            <span className="block text-slate-600 dark:text-slate-400">{t.section.previous}</span>
            <span className="font-medium">{previous.title}</span>
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a
            href={sectionPath(locale, next.id)}
            className="rounded-md border border-slate-200 p-3 text-right hover:border-brand-600 dark:border-slate-800"
          >
            <span className="block text-slate-600 dark:text-slate-400">{t.section.next}</span>
            <span className="font-medium">{next.title}</span>
          </a>
        ) : null}
      </nav>
      <p className="mt-6 text-sm" data-print="hide">
        <a href={`${whitepaperPath(locale)}#${section.id}`} className="underline">
          {t.section.wholeWhitepaper}
        </a>
      </p>
    </article>
  );
}
