import { subscribeEndpoint } from "@/lib/subscriptions/endpoint";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { UPDATE_KINDS } from "@/lib/updates/kinds";

export type SubscribeFormProps = { locale: Locale };

/**
 * A plain form that posts to the server (works without JavaScript). A static export shows it
 * only when NEXT_PUBLIC_SUBSCRIBE_URL names a server deployment to post to.
 */
export function SubscribeForm({ locale }: SubscribeFormProps) {
  const action = subscribeEndpoint();
  if (!action) return null;
  const t = getMessages(locale);
  return (
    <section
      aria-labelledby="subscribe"
      className="mt-8 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      data-testid="subscribe"
    >
      <h2 id="subscribe" className="text-lg font-semibold">
        {t.subscribe.title}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t.subscribe.lead}</p>
      <form method="post" action={action} className="mt-3 space-y-3">
        <input type="hidden" name="locale" value={locale} />
        <label className="flex flex-col text-sm font-medium">
          {t.subscribe.address}
          <input
            type="email"
            name="address"
            required
            autoComplete="email"
            maxLength={254}
            className="mt-1 max-w-sm rounded-md border border-slate-400 px-2 py-1 font-normal dark:border-slate-500 dark:bg-slate-900"
          />
        </label>
        <fieldset>
          <legend className="text-sm font-medium">{t.subscribe.kinds}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {UPDATE_KINDS.map((kind) => (
              <label key={kind} className="inline-flex items-center gap-1">
                <input type="checkbox" name="kind" value={kind} defaultChecked />
                {t.updates.kinds[kind]}
              </label>
            ))}
          </div>
        </fieldset>
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {t.subscribe.submit}
        </button>
      </form>
    </section>
  );
}
