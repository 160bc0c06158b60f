import type { Locale } from "@/lib/i18n/locales";
import type { Mailer } from "@/lib/mail/mailer";
import type { Store } from "@/lib/store/open";
import type { Taken } from "@/lib/store/rate-limit";
import type { AccessRules } from "./rules";

export type Access = "public" | "nda" | "approval";

/** A document as the flow needs it (lib/documents/catalog.ts makes these from content/documents). */
export type DocumentInfo = { id: string; access: Access; version: string; file: string; title: Record<Locale, string> };

/** The NDA text a reader accepts: its version and the SHA-256 of its exact text. */
export type NdaInfo = { version: string; sha256: string; locale: Locale };

export type Limiter = { take(key: string): Promise<Taken> };

/** Everything the flow uses, passed in so tests run it on both engines with a real SMTP server. */
export type DocumentsDeps = {
  store: () => Promise<Store>;
  mailer: Pick<Mailer, "enqueue" | "deliver">;
  rules: AccessRules;
  /** Approvers' addresses: they get the approve/deny mail and may sign in to /admin. */
  approvers: readonly string[];
  grantDays: number;
  /** The public origin links in mail point to, without a trailing slash. */
  siteUrl: string;
  document: (id: string) => DocumentInfo | undefined;
  nda: (locale: Locale) => NdaInfo;
  limits: {
    requestsPerClient: Limiter;
    requestsPerAddress: Limiter;
    downloadsPerClient: Limiter;
    downloadsPerViewer: Limiter;
  };
  /** A keyed hash of an address, for rate-limit keys: the table never holds an address. */
  addressKey: (email: string) => string;
  now?: () => number;
};

export const VERIFY_TTL_MS = 15 * 60_000;
export const DECIDE_TTL_MS = 7 * 86_400_000;
export const DAY_MS = 86_400_000;
