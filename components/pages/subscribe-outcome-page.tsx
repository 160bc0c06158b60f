import { updatesPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import type { Outcome } from "@/lib/subscriptions/outcome";

export type SubscribeOutcomePageProps = { locale: Locale; outcome: Outcome };

/** Where the subscription form and the mail's links land: static, so an export has them too. */
export function SubscribeOutcomePage({ locale, outcome }: SubscribeOutcomePageProps) {
  const t = getMessages(locale).subscribe;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{t.outcomes[outcome].title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.outcomes[outcome].text}</p>
      <p className="mt-6">
        <a className="underline" href={updatesPath(locale)}>
          {t.back}
        </a>
      </p>
    </div>
  );
}
