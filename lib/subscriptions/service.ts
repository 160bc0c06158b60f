import "server-only";
import { env } from "@/lib/env";
import { requestOrigins } from "@/lib/feedback/origin";
import { getMailer } from "@/lib/mail/service";
import { MissingSecretError, secret } from "@/lib/secrets";
import { SharedRateLimiter } from "@/lib/store/rate-limit";
import { getStore } from "@/lib/store/server";
import { loadSubprocessors } from "@/lib/subprocessors/load";
import { getUpdates } from "@/lib/updates/updates";
import type { SubscriptionDeps } from "./handle";
import { publishPass } from "./publish";

/** The server's one set of subscription parts; the store and the mailer open on first use. */
export const subscriptionDeps: SubscriptionDeps = {
  store: getStore,
  mailer: getMailer,
  clientLimiter: new SharedRateLimiter(getStore, {
    scope: "subscribe-client",
    perMinute: env.SUBSCRIBE_RATE_PER_MINUTE,
    burst: env.SUBSCRIBE_BURST,
  }),
  // Each address may be sent a confirmation a few times an hour, whoever asks.
  addressLimiter: new SharedRateLimiter(getStore, {
    scope: "subscribe-address",
    perMinute: env.SUBSCRIBE_ADDRESS_PER_HOUR / 60,
    burst: env.SUBSCRIBE_ADDRESS_PER_HOUR,
  }),
  secret: () => secret("TOKEN_SIGNING_KEY"),
  siteUrl: env.SITE_URL.replace(/\/+$/, ""),
  ownOrigins: (request) => [new URL(env.SITE_URL).origin, ...requestOrigins(request.headers)],
  allowedOrigins: env.FEEDBACK_ALLOWED_ORIGINS,
};

let timer: NodeJS.Timeout | undefined;

/** Publishes new updates to subscribers now and every SUBSCRIBE_PUBLISH_SECONDS; once per process. */
export function startPublisher(): void {
  if (timer) return;
  const pass = () =>
    publishPass({
      ...subscriptionDeps,
      updates: (locale) => getUpdates(locale),
      noticeDays: loadSubprocessors().noticeDays,
    })
      .then((counts) => {
        if (counts.sent + counts.waiting + counts.failed > 0)
          console.log(
            `subscriptions: updates mailed: ${counts.sent} sent, ${counts.waiting} waiting for the relay, ${counts.failed} refused`,
          );
      })
      // Other errors may carry a subscriber's address (a relay's reply), so only their code is logged.
      .catch((error: unknown) =>
        console.error(
          `subscriptions: publishing failed (${error instanceof MissingSecretError ? error.message : ((error as { code?: string }).code ?? (error as Error).name)})`,
        ),
      );
  timer = setInterval(pass, env.SUBSCRIBE_PUBLISH_SECONDS * 1000);
  timer.unref();
  void pass();
}
