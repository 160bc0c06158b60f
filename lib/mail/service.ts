import "server-only";
import { env } from "@/lib/env";
import { secret } from "@/lib/secrets";
import { getStore } from "@/lib/store/server";
import { Mailer } from "./mailer";
import { sealKey } from "./seal";
import { outboxTransport, smtpTransport } from "./transport";

let mailer: Mailer | undefined;

/**
 * The server's one mailer: SMTP when SMTP_URL is set, else .eml files in MAIL_OUTBOX (the demo).
 * The retry pass starts with it and runs in every server process; the store's ledger keeps two
 * processes from sending the same message.
 */
export function getMailer(): Mailer {
  if (mailer) return mailer;
  mailer = new Mailer({
    store: getStore,
    transport: env.SMTP_URL ? smtpTransport(env.SMTP_URL) : outboxTransport(env.MAIL_OUTBOX),
    key: sealKey(secret("TOKEN_SIGNING_KEY"), "mail outbox"),
    from: env.MAIL_FROM,
    retryMs: env.MAIL_RETRY_SECONDS * 1000,
  });
  mailer.start();
  return mailer;
}
