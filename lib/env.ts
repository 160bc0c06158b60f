import { z } from "zod";
import { documentsEnv } from "./env-documents";
import { mailEnv } from "./env-mail";

// Read and validated once; a bad value stops the build or server with the variable's name.
const schema = z.object({
  SITE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  /** Where the live status comes from: the demo recording, AWS Config itself, another recording, or a pulled file. */
  STATUS_SOURCE: z.enum(["demo", "aws", "replay", "file"]).default("demo"),
  /** The snapshot `npm run status:pull` writes and the file source reads; its history is kept beside it. */
  STATUS_FILE: z.string().min(1).default("status/snapshot.json"),
  /** STATUS_SOURCE=replay: a folder written by `npm run status:check -- --record DIR`. */
  STATUS_REPLAY: z.string().min(1).optional(),
  /** An Ed25519 private key (PKCS#8 PEM, or a JWK as JSON) to sign each snapshot as /status.jws. */
  STATUS_SIGNING_KEY: z.string().min(1).optional(),
  /** "1": a pull fails on any AWS error instead of publishing unknowns. */
  STATUS_STRICT: z
    .enum(["0", "1", ""])
    .default("")
    .transform((v) => v === "1"),
  /**
   * The server's store (feedback votes, rate limits, the status history of the server's pulls,
   * and what later features keep): PostgreSQL when set, so several server processes or machines
   * share one state; else SQLite in STORE_FILE.
   */
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** The SQLite file (when DATABASE_URL is not set); created on first use. FEEDBACK_DB is its old name. */
  STORE_FILE: z.string().min(1).optional(),
  FEEDBACK_DB: z.string().min(1).optional(),
  /** Days the audit log keeps an event before the purge may delete it; it can only be lengthened. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(400),
  /** Votes one client may send per minute (and at once, as a burst). */
  FEEDBACK_RATE_PER_MINUTE: z.coerce.number().int().positive().default(10),
  FEEDBACK_BURST: z.coerce.number().int().positive().default(5),
  /** Space-separated origins, besides SITE_URL's, allowed to post votes (a static export's host). */
  FEEDBACK_ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((v) => v.split(/\s+/).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ })))
    .transform((urls) => urls.map((url) => new URL(url).origin)),
  ...mailEnv,
  ...documentsEnv,
  /** Subscription requests one client may send per minute (and at once). */
  SUBSCRIBE_RATE_PER_MINUTE: z.coerce.number().positive().default(2),
  SUBSCRIBE_BURST: z.coerce.number().int().positive().default(5),
  /** Confirmation mails one address may be sent per hour, whoever asks. */
  SUBSCRIBE_ADDRESS_PER_HOUR: z.coerce.number().int().positive().default(3),
  /** Seconds between two passes that mail new updates to subscribers. */
  SUBSCRIBE_PUBLISH_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
});

// FEEDBACK_DB, the name from before the store held more than votes, still works.
const withStore = schema
  .refine((e) => e.STATUS_SOURCE !== "replay" || e.STATUS_REPLAY, {
    path: ["STATUS_REPLAY"],
    message: "STATUS_SOURCE=replay needs STATUS_REPLAY, the folder of a recording",
  })
  .transform(({ STORE_FILE, FEEDBACK_DB, ...rest }) => ({
    ...rest,
    STORE_FILE: STORE_FILE ?? FEEDBACK_DB ?? ".data/store.sqlite",
  }));

export type Env = z.infer<typeof withStore>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = withStore.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variable(s):\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

export const env = readEnv();
