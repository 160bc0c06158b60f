import { defaultLocale, documentsPath, isLocale } from "@/lib/i18n/locales";
import { appendEvent } from "@/lib/store/audit";
import type { Store } from "@/lib/store/open";
import { consumeToken, issueToken, peekToken } from "@/lib/store/tokens";
import { DocumentsError } from "./errors";
import { createGrant } from "./grants";
import { mailText } from "./mail-text";
import { DECIDE } from "./requests";
import { DECIDE_TTL_MS, type DocumentsDeps } from "./types";

export const SIGN_IN = "documents:sign-in";
export type Decision = "approve" | "deny";

const within = (store: Store, trx: Store["db"]): Store => ({ ...store, db: trx });

/** The approver a decide link was sent to, and the request, without using the link up. */
export async function openDecideLink(
  deps: DocumentsDeps,
  token: string,
): Promise<{ requestId: string; approver: string } | undefined> {
  const peeked = await peekToken(await deps.store(), DECIDE, token, deps.now?.());
  if (!peeked) return undefined;
  const [requestId = "", approver = ""] = peeked.subject.split(" ");
  return { requestId, approver };
}

/**
 * Approves (for `days`) or denies a pending request. One conditional UPDATE moves it out of
 * `pending`, so of two approvers (or two server processes) deciding at once exactly one wins;
 * the other gets `decided`. An approval mails the requester a single-use sign-in link.
 */
export async function decide(
  deps: DocumentsDeps,
  input:
    | { requestId: string; decision: Decision; by: string; days?: number }
    | { decision: Decision; days?: number; token: string },
): Promise<void> {
  const now = deps.now?.() ?? Date.now();
  const days = input.days ?? deps.grantDays;
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    throw new DocumentsError("invalid", "days: must be a whole number from 1 to 3650", { field: "days" });
  const store = await deps.store();
  let mailId: string | undefined;
  await store.db.transaction().execute(async (trx) => {
    const tx = within(store, trx);
    // A link decides the request it was made for, as the approver it was sent to: neither can be swapped.
    let requestId: string;
    let by: string;
    if ("token" in input) {
      const used = await consumeToken(tx, DECIDE, input.token, now);
      if (!used.ok) throw new DocumentsError("token", `the link is ${used.reason}`, { reason: used.reason });
      [requestId = "", by = ""] = used.subject.split(" ");
    } else {
      ({ requestId, by } = input);
    }
    const status = input.decision === "approve" ? "granted" : "denied";
    const moved = await trx
      .updateTable("document_requests")
      .set({ status, decided_ms: now, decided_by: by })
      .where("id", "=", requestId)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1)
      throw new DocumentsError("decided", "the request was decided already, or is not waiting for a decision");
    const request = await trx
      .selectFrom("document_requests")
      .selectAll()
      .where("id", "=", requestId)
      .executeTakeFirstOrThrow();
    const doc = deps.document(request.document_id);
    const locale = isLocale(request.locale) ? request.locale : defaultLocale;
    const title = doc?.title[locale] ?? request.document_id;
    await appendEvent(
      tx,
      {
        kind: input.decision === "approve" ? "approve" : "deny",
        subject: request.id,
        data: { email: request.email, by, ...(input.decision === "approve" ? { days } : {}) },
      },
      now,
    );
    let message;
    if (input.decision === "approve") {
      await createGrant(
        trx,
        {
          requestId: request.id,
          email: request.email,
          name: request.name,
          company: request.company,
          scope: doc?.access === "nda" ? "nda" : "approval",
          days,
          by,
        },
        now,
      );
      const token = await issueToken(tx, { purpose: SIGN_IN, subject: request.email, ttlMs: DECIDE_TTL_MS }, now);
      const until = new Date(now + days * 86_400_000).toISOString().slice(0, 10);
      message = mailText.granted(
        locale,
        title,
        `${deps.siteUrl}${documentsPath(locale)}/sign-in?token=${token}`,
        until,
      );
    } else {
      message = mailText.denied(locale, title);
    }
    mailId = await deps.mailer.enqueue(trx, {
      topic: `documents:${input.decision}`,
      key: request.id,
      message: { to: request.email, ...message },
    });
  });
  if (mailId) await deps.mailer.deliver(mailId).catch(() => "waiting");
}

/** Ends a grant now; a download after this is refused. Revoking twice is a no-op that says so. */
export async function revoke(deps: DocumentsDeps, grantId: string, by: string): Promise<boolean> {
  const now = deps.now?.() ?? Date.now();
  const store = await deps.store();
  return store.db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable("document_grants")
      .set({ revoked_ms: now, revoked_by: by })
      .where("id", "=", grantId)
      .where("revoked_ms", "is", null)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) return false;
    const grant = await trx
      .selectFrom("document_grants")
      .select(["email", "request_id"])
      .where("id", "=", grantId)
      .executeTakeFirstOrThrow();
    await appendEvent(
      within(store, trx),
      { kind: "revoke", subject: grant.request_id, data: { email: grant.email, grant: grantId, by } },
      now,
    );
    return true;
  });
}
