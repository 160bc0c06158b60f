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

/** A request for a gated document, one step at a time: unverified → verified → pending → granted | denied | refused. */
export type DocumentRequestsTable = {
  id: string;
  created_ms: number;
  locale: string;
  document_id: string;
  name: string;
  email: string;
  company: string;
  reason: string;
  status: string;
  verified_ms: number | null;
  decided_ms: number | null;
  decided_by: string | null;
};

/** Access to the documents of a scope ("nda" or "approval") until expires_ms, unless revoked. */
export type DocumentGrantsTable = {
  id: string;
  request_id: string;
  email: string;
  name: string;
  company: string;
  scope: string;
  created_ms: number;
  expires_ms: number;
  approved_by: string;
  revoked_ms: number | null;
  revoked_by: string | null;
};

/** Append-only: who accepted which NDA text (its SHA-256), when, from where. */
export type NdaAcceptancesTable = {
  id: Generated<number>;
  at_ms: number;
  request_id: string;
  email: string;
  nda_version: string;
  nda_locale: string;
  nda_sha256: string;
  ip: string;
  user_agent: string;
};

/** Append-only: every stamped copy that left the server, by its download id. */
export type DocumentDownloadsTable = {
  id: string;
  at_ms: number;
  grant_id: string;
  document_id: string;
  document_version: string;
  email: string;
};

/** Signed-in browsers by the SHA-256 of their cookie: "viewer" (documents) or "admin". */
export type SessionsTable = { hash: string; kind: string; subject: string; created_ms: number; expires_ms: number };
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
  document_requests: DocumentRequestsTable;
  document_grants: DocumentGrantsTable;
  nda_acceptances: NdaAcceptancesTable;
  document_downloads: DocumentDownloadsTable;
  sessions: SessionsTable;
  subscribers: SubscribersTable;
  update_publications: UpdatePublicationsTable;
};
