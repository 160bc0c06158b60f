import { listEvents } from "@/lib/store/audit";
import type { Store } from "@/lib/store/open";
import { issueToken } from "@/lib/store/tokens";
import { logRows, type LogRow } from "./report";
import { VERIFY_TTL_MS, type DocumentsDeps } from "./types";

export const ADMIN_SIGN_IN = "admin:sign-in";

/**
 * Mails a sign-in link to an approver. Anyone may ask; only approvers get mail, and the answer
 * is the same either way, so the form does not tell who the approvers are.
 */
export async function requestAdminLink(deps: DocumentsDeps, email: string, client: string): Promise<void> {
  const address = email.trim().toLowerCase();
  const taken = await deps.limits.requestsPerClient.take(`admin:${client}`);
  if (!taken.ok || !deps.approvers.includes(address)) return;
  const store = await deps.store();
  const now = deps.now?.() ?? Date.now();
  const token = await issueToken(store, { purpose: ADMIN_SIGN_IN, subject: address, ttlMs: VERIFY_TTL_MS }, now);
  const link = `${deps.siteUrl}/admin/sign-in?token=${token}`;
  const id = await deps.mailer.enqueue(store.db, {
    topic: "admin:sign-in",
    key: token.slice(0, 16),
    message: {
      to: address,
      subject: "Sign in to the trust center's admin",
      text: `Open this link within 15 minutes to sign in to /admin (it works once):\n\n${link}\n`,
    },
  });
  if (id) await deps.mailer.deliver(id).catch(() => "waiting");
}

export type PendingRequest = {
  id: string;
  createdMs: number;
  name: string;
  email: string;
  company: string;
  reason: string;
  documentId: string;
};
export type GrantRow = {
  id: string;
  email: string;
  company: string;
  scope: string;
  expiresMs: number;
  approvedBy: string;
};

export async function adminView(
  store: Store,
  kind: string | undefined,
  now = Date.now(),
): Promise<{ pending: PendingRequest[]; grants: GrantRow[]; log: LogRow[] }> {
  const pending = await store.db
    .selectFrom("document_requests")
    .selectAll()
    .where("status", "=", "pending")
    .orderBy("created_ms")
    .limit(200)
    .execute();
  const grants = await store.db
    .selectFrom("document_grants")
    .selectAll()
    .where("revoked_ms", "is", null)
    .where("expires_ms", ">", now)
    .orderBy("expires_ms")
    .limit(500)
    .execute();
  const log = logRows(await listEvents(store, kind ? { kind } : {}))
    .slice(-200)
    .reverse();
  return {
    pending: pending.map((r) => ({
      id: r.id,
      createdMs: r.created_ms,
      name: r.name,
      email: r.email,
      company: r.company,
      reason: r.reason,
      documentId: r.document_id,
    })),
    grants: grants.map((g) => ({
      id: g.id,
      email: g.email,
      company: g.company,
      scope: g.scope,
      expiresMs: g.expires_ms,
      approvedBy: g.approved_by,
    })),
    log,
  };
}
