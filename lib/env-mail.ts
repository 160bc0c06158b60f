import { z } from "zod";

// The environment of the mail layer (lib/mail), read with the rest in lib/env.ts. Kept in its own
// file so the feature's settings stay together.

/** A secret: at least 32 characters, e.g. `openssl rand -base64 32`. Its value is never echoed. */
export const secretValue = z
  .string()
  .min(32, "must be at least 32 characters of random text (openssl rand -base64 32)")
  .optional()
  .or(z.literal("").transform(() => undefined));

export const mailEnv = {
  /** smtp:// or smtps:// URL of the relay (user and password in it, URL-encoded). Unset: the outbox folder. */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** The From of every message. Unset: the site's name (content/site.yaml) <trust@example.com>. */
  MAIL_FROM: z
    .string()
    .min(3)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Without SMTP_URL, each message is written here as an .eml file. */
  MAIL_OUTBOX: z.string().min(1).default(".data/outbox"),
  /** Seconds between two passes over mail that could not be sent (SMTP down). */
  MAIL_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Signs the links that mail carries and seals queued mail; required with DATABASE_URL (several servers). */
  TOKEN_SIGNING_KEY: secretValue,
};
