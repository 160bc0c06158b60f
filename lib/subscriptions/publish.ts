import type { Locale } from "@/lib/i18n/locales";
import type { Delivery, Mailer } from "@/lib/mail/mailer";
import { sealKey, unseal } from "@/lib/mail/seal";
import type { Store } from "@/lib/store/open";
import type { Update } from "@/lib/updates/updates";
import { UNSUBSCRIBE_API, unsubscribeToken } from "./links";
import { updateMail } from "./mail";
import { confirmedSubscribers, publicationTimes } from "./store";

export type PublishDeps = {
  store: () => Promise<Store>;
  mailer: () => Pick<Mailer, "send">;
  secret: () => string;
  siteUrl: string;
  updates: (locale: Locale) => Update[];
  /** A new subscriber also gets updates published this many days before they confirmed (pending notices). */
  noticeDays: number;
  now?: () => number;
};

const DAY = 24 * 60 * 60 * 1000;

/**
 * One pass: every confirmed subscriber gets every update of the kinds they chose that was
 * published (first seen by this server's store) after they subscribed, or within the notice
 * period before, so a new subscriber hears of subprocessor changes not yet in effect. The mailer
 * queues a message once per (update, subscriber): a later pass, another process or a restart
 * finds it queued and sends nothing twice; SMTP down leaves it waiting for the retry pass.
 */
export async function publishPass(deps: PublishDeps): Promise<Record<Delivery, number>> {
  const now = (deps.now ?? Date.now)();
  const store = await deps.store();
  const byLocale = { en: deps.updates("en"), zh: deps.updates("zh") };
  const published = await publicationTimes(store, [...new Set(byLocale.en.map((u) => u.id))], now);
  const counts: Record<Delivery, number> = { sent: 0, waiting: 0, failed: 0, skipped: 0 };
  const secret = deps.secret();
  const addressKey = sealKey(secret, "subscriber address");
  for (const subscriber of await confirmedSubscribers(store)) {
    const from = (subscriber.confirmed_ms ?? now) - deps.noticeDays * DAY;
    const due = byLocale[subscriber.locale].filter(
      (u) => subscriber.kinds.includes(u.kind as never) && (published.get(u.id) ?? now) >= from,
    );
    if (due.length === 0) continue;
    const to = unseal(addressKey, subscriber.address_sealed);
    const unsubscribeUrl = `${deps.siteUrl}${UNSUBSCRIBE_API}?id=${subscriber.id}&token=${unsubscribeToken(secret, subscriber.id)}&locale=${subscriber.locale}`;
    for (const update of due) {
      counts[
        await deps.mailer().send({
          topic: `update:${update.id}`,
          key: subscriber.id,
          message: updateMail(subscriber.locale, to, update, { siteUrl: deps.siteUrl, unsubscribe: unsubscribeUrl }),
        })
      ] += 1;
    }
  }
  return counts;
}
