import { Heading } from "@/components/content/heading";
import { JsonLd } from "@/components/content/json-ld";
import { FeedbackPrompt } from "@/components/feedback/feedback-prompt";
import { getMessages } from "@/lib/i18n/catalogue";
import { StatusLine } from "@/components/status/status-line";
import { citationPath } from "@/lib/answers/cite";
import { getLibrary } from "@/lib/answers/library";
import { getSection } from "@/lib/content/sections";
import { faqPath, languageTag, type Locale } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site/site";
import { getStatusView } from "@/lib/status/page-data";

export type FaqPageProps = { locale: Locale };

export async function FaqPage({ locale }: FaqPageProps) {
  const t = getMessages(locale).faq;
  const library = getLibrary(locale);
  const feedbackText = getMessages(locale).feedback;
  const { snapshot, items } = await getStatusView(locale);
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    inLanguage: languageTag[locale],
    url: absoluteUrl(faqPath(locale)),
    mainEntity: library.map((e) => ({
      "@type": "Question",
      name: e.question,
      url: absoluteUrl(`${faqPath(locale)}#${e.id}`),
      acceptedAnswer: { "@type": "Answer", text: e.answer },
    })),
  };
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={jsonLd} />
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.lead}</p>
      <div className="mt-8 divide-y divide-slate-200 dark:divide-slate-800">
        {library.map((entry) => {
          const live = entry.control ? items.find((i) => i.id === entry.control) : undefined;
          return (
            <section key={entry.id} aria-labelledby={entry.id} className="py-6">
              <Heading level={2} locale={locale} id={entry.id} className="text-lg">
                {entry.question}
              </Heading>
              <p className="mt-2">{entry.answer}</p>
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                {t.source}:{" "}
                {entry.cites.map((cite, i) => (
                  <span key={cite}>
                    {i > 0 ? t.listSeparator : ""}
                    <a href={citationPath(cite, locale)} className="underline">
                      {getSection(locale, cite.split("#")[0] ?? "")?.title ?? cite}
                    </a>
                  </span>
                ))}
              </p>
              {live ? (
                <p className="mt-2 text-sm" data-testid={`faq-evidence-${entry.id}`}>
                  <StatusLine
                    locale={locale}
                    snapshot={snapshot}
                    state={live.state}
                    reason={live.reason}
                    evidenceAt={live.evidenceAt}
                  />
                </p>
              ) : null}
              <FeedbackPrompt section={entry.id} locale={locale} text={feedbackText} />
            </section>
          );
        })}
      </div>
    </div>
  );
}
