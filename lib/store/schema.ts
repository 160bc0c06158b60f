import type { Generated } from "kysely";

// The tables, as both engines hold them. Times are epoch milliseconds (SQLite INTEGER, Postgres
// BIGINT read back as a number), so comparisons and arithmetic are the same SQL on both; votes
// keep the ISO text the first SQLite store wrote, so an existing file is adopted as it is.

export type VotesTable = {
  id: Generated<number>;
  section: string;
  locale: "en" | "zh";
  helpful: number;
  comment: string | null;
  created_at: string;
};

/** One token bucket per scope (a limit) and key (a client), shared by every server process. */
export type RateLimitsTable = { scope: string; key: string; tokens: number; at_ms: number };

/** Append-only: triggers refuse UPDATE, and DELETE of rows younger than the table's retention. */
export type AuditEventsTable = {
  id: Generated<number>;
  at_ms: number;
  kind: string;
  subject: string | null;
  data: string;
};

/** How long each append-only table keeps rows; it can only grow (see migrations/003). */
export type RetentionPolicyTable = { table_name: string; days: number };

/** Single-use tokens: only a SHA-256 of the token is kept, so a copy of the database opens nothing. */
export type TokensTable = {
  hash: string;
  purpose: string;
  subject: string;
  created_ms: number;
  expires_ms: number;
  used_ms: number | null;
};

/** "Done once" records, e.g. one mail per subscriber and update: the key is unique per topic. */
export type LedgerTable = { topic: string; key: string; claimed_ms: number; done_ms: number | null };

/** The server's status history, one row per pull; append-only with retention, like audit_events. */
export type StatusPullsTable = {
  id: Generated<number>;
  at_ms: number;
  expires_ms: number;
  /** A short hash of what the pull said: equal for pulls that said the same. */
  states: string;
  /** The entry as lib/status/history/entry.ts serializes it. */
  entry: string;
};

/** Mail waiting to go out, once per (topic, key); the sealed body is dropped once sent (lib/mail). */
export type MailOutboxTable = {
  id: string;
  topic: string;
  key: string;
  created_ms: number;
  next_attempt_ms: number;
  attempts: number;
  sent_ms: number | null;
  failed_ms: number | null;
  last_error: string | null;
  sealed: string | null;
};

/** Subscribers to updates (lib/subscriptions); the address sealed, looked up by its keyed hash. */
export type SubscribersTable = {
  id: string;
  address_hash: string;
  address_sealed: string;
  locale: string;
  /** JSON array of update kinds. */
  kinds: string;
  state: string;
  created_ms: number;
  confirmed_ms: number | null;
};

/** When the server first saw each update: the moment it counts as published for mailing. */
export type UpdatePublicationsTable = { update_id: string; first_seen_ms: number };

export type Database = {
  votes: VotesTable;
  rate_limits: RateLimitsTable;
  audit_events: AuditEventsTable;
  retention_policy: RetentionPolicyTable;
  tokens: TokensTable;
  ledger: LedgerTable;
  status_pulls: StatusPullsTable;
  mail_outbox: MailOutboxTable;
  subscribers: SubscribersTable;
  update_publications: UpdatePublicationsTable;
};
