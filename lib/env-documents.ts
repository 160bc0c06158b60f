import { z } from "zod";
import { secretValue } from "./env-mail";

// The environment of gated documents (lib/documents), read with the
// rest in lib/env.ts. Kept in its own file so each feature's settings stay together.

const list = (item: z.ZodType<string, string>) =>
  z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((entry) => entry.toLowerCase()),
    )
    .pipe(z.array(item));

const domain = z
  .string()
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    "must be domain names such as example.com",
  );

export const documentsEnv = {
  /** Keys the session cookies' CSRF tokens and the hashed per-address rate-limit keys. */
  SESSION_KEY: secretValue,
  /** The folder that holds the document files (content/documents/*.yaml name them relative to it). */
  DOCUMENTS_DIR: z.string().min(1).default("documents"),
  /** Who may approve requests and sign in to /admin: email addresses. */
  DOCUMENTS_APPROVERS: list(z.email({ error: "must be email addresses" })),
  /** Domains approved automatically (existing customers). */
  DOCUMENTS_ALLOW_DOMAINS: list(domain),
  /** Domains refused politely, added to the built-in free-mail list (competitors, …). */
  DOCUMENTS_BLOCK_DOMAINS: list(domain),
  /** Days an approval lasts unless the approver picks another duration. */
  DOCUMENTS_GRANT_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Requests one client may send per minute (and at once), and one address per hour. */
  DOCUMENTS_REQUESTS_PER_MINUTE: z.coerce.number().int().positive().default(5),
  DOCUMENTS_REQUESTS_PER_ADDRESS_HOUR: z.coerce.number().int().positive().default(5),
  /** Downloads one client, and one viewer, may make per minute (and at once). */
  DOCUMENTS_DOWNLOADS_PER_MINUTE: z.coerce.number().int().positive().default(20),
};
