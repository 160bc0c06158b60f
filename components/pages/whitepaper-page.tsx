import { AnchorRedirect } from "@/components/content/anchor-redirect";
import { Heading } from "@/components/content/heading";
import { JsonLd } from "@/components/content/json-ld";
import { MdxContent } from "@/components/content/mdx-content";
import { TableOfContents } from "@/components/content/table-of-contents";
import { anchorRedirects, getSections } from "@/lib/content/sections";
import { sectionPath, whitepaperPath, type Locale } from "@/lib/i18n/locales";
import { whitepaperJsonLd } from "@/lib/json-ld";
import { getMessages } from "@/lib/i18n/catalogue";
import { siteText } from "@/lib/site/site";
import { getStatusView } from "@/lib/status/page-data";
import { FeedbackPrompt } from "@/components/feedback/feedback-prompt";

export type WhitepaperPageProps = { locale: Locale };

/** The whole whitepaper on one page, for reading through and for printing. */
export async function WhitepaperPage({ locale }: WhitepaperPageProps) {
  const messages = getMessages(locale);
  const t = messages.whitepaper;
  const sections = getSections(locale);
  const status = await getStatusView(locale);
  return (
    <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
      <JsonLd data={whitepaperJsonLd(locale, sections)} />
      <AnchorRedirect redirects={anchorRedirects()} sectionPathPattern={sectionPath(locale, ":id")} />
      <div className="mb-8 lg:order-2 lg:mb-0">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.title}</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{siteText(locale).whitepaperLead}</p>
      </div>
      <aside className="mb-8 lg:order-1 lg:row-span-2 lg:mb-0">
        <TableOfContents sections={sections} title={t.contents} pagePath={whitepaperPath(locale)} />
      </aside>
      <div className="lg:order-3">
        {sections.map((section) => (
          <section
            key={section.id}
            id={section.id}
            data-section
            aria-labelledby={`${section.id}-title`}
            className="mt-12 border-t border-slate-200 pt-8 first:mt-8 dark:border-slate-800"
          >
            <Heading level={2} locale={locale} id={`${section.id}-title`} linkId={section.id}>
              {section.title}
            </Heading>
            <div className="prose prose-slate mt-4 max-w-none dark:prose-invert">
              <MdxContent code={section.body.code} locale={locale} headingShift={1} status={status} />
            </div>
            <FeedbackPrompt section={section.id} locale={locale} text={messages.feedback} />
          </section>
        ))}
      </div>
    </div>
  );
}
