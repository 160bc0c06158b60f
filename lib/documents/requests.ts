import { randomBytes } from "node:crypto";
import { defaultLocale, documentsPath, isLocale } from "@/lib/i18n/locales";
import { appendEvent } from "@/lib/store/audit";
import { toStoreError } from "@/lib/store/errors";
import type { Store } from "@/lib/store/open";
import { consumeToken, issueToken, peekToken } from "@/lib/store/tokens";
import { DocumentsError } from "./errors";
import { approverMail, mailText } from "./mail-text";
import type { RequestInput } from "./input";
import { ruleFor } from "./rules";
import { DECIDE_TTL_MS, VERIFY_TTL_MS, type DocumentsDeps, type DocumentInfo } from "./types";
import { activeGrant, createGrant } from "./grants";

export const VERIFY = "documents:verify";
export const DECIDE = "documents:decide";

const id = () => randomBytes(12).toString("base64url");
/** The store, inside a transaction: the store's helpers (tokens, audit) take a Store. */
const within = (store: Store, trx: Store["db"]): Store => ({ ...store, db: trx });

function gated(deps: DocumentsDeps, documentId: string): DocumentInfo {
  const doc = deps.document(documentId);
  if (!doc || doc.access === "public")
    throw new DocumentsError("invalid", "document: no such gated document", { field: "document" });
  return doc;
}

async function limit(limiter: DocumentsDeps["limits"]["requestsPerClient"], key: string): Promise<void> {
  const taken = await limiter.take(key);
  if (!taken.ok) throw new DocumentsError("limited", "too many requests", { retryAfter: taken.retryAfter });
}

/**
 * Step 1: a request. The reply is the same whether the address is known, new or has access
 * already ("check your mail"), so the form tells nobody who has asked before; only a refused
 * domain (free mail, the block list) is said at once, since that depends on the domain alone.
 * The request, its link and its mail are written in one transaction: SMTP down means the mail
 * waits in the outbox, never that the request is lost.
 */
export async function requestAccess(
  deps: DocumentsDeps,
  input: RequestInput,
  client: string,
): Promise<"check-mail" | "refused"> {
  const doc = gated(deps, input.documentId);
  await limit(deps.limits.requestsPerClient, client);
  await limit(deps.limits.requestsPerAddress, deps.addressKey(input.email));
  const now = deps.now?.() ?? Date.now();
  const refused = ruleFor(input.email, deps.rules) === "block";
  const store = await deps.store();
  const requestId = id();
  let mailId: string | undefined;
  try {
    mailId = await store.db.transaction().execute(async (trx) => {
      const tx = within(store, trx);
      await trx
        .insertInto("document_requests")
        .values({
          id: requestId,
          created_ms: now,
          locale: input.locale,
          document_id: doc.id,
          name: input.name,
          email: input.email,
          company: input.company,
          reason: input.reason,
          status: refused ? "refused" : "unverified",
          verified_ms: null,
          decided_ms: refused ? now : null,
          decided_by: refused ? "rule:block" : null,
        })
        .execute();
      await appendEvent(
        tx,
        {
          kind: "request",
          subject: requestId,
          data: {
            document: doc.id,
            email: input.email,
            company: input.company,
            ...(refused ? { refused: "block list" } : {}),
          },
        },
        now,
      );
      if (refused) return undefined;
      const token = await issueToken(tx, { purpose: VERIFY, subject: requestId, ttlMs: VERIFY_TTL_MS }, now);
      const link = `${deps.siteUrl}${documentsPath(input.locale)}/verify?token=${token}`;
      return deps.mailer.enqueue(trx, {
        topic: "documents:verify",
        key: requestId,
        message: { to: input.email, ...mailText.verify(input.locale, doc.title[input.locale], link) },
      });
    });
  } catch (error) {
    throw new DocumentsError(
      "unavailable",
      "the request could not be stored",
      {},
      { cause: toStoreError(error, "storing a request") },
    );
  }
  if (mailId) await deps.mailer.deliver(mailId).catch(() => "waiting");
  return refused ? "refused" : "check-mail";
}

export type OpenRequest = {
  requestId: string;
  documentId: string;
  name: string;
  email: string;
  company: string;
  locale: string;
  status: string;
};

async function requestById(store: Store, requestId: string): Promise<OpenRequest | undefined> {
  const row = await store.db
    .selectFrom("document_requests")
    .select(["id", "document_id", "name", "email", "company", "locale", "status"])
    .where("id", "=", requestId)
    .executeTakeFirst();
  return (
    row && {
      requestId: row.id,
      documentId: row.document_id,
      name: row.name,
      email: row.email,
      company: row.company,
      locale: row.locale,
      status: row.status,
    }
  );
}

/** What a verify link is about, without using it up (mail scanners open links; only the form's post counts). */
export async function openVerifyLink(deps: DocumentsDeps, token: string): Promise<OpenRequest | undefined> {
  const store = await deps.store();
  const peeked = await peekToken(store, VERIFY, token, deps.now?.());
  return peeked && requestById(store, peeked.subject);
}

export type Acceptance = { token: string; ndaSha256: string; ip: string; userAgent: string };
export type AcceptResult = {
  status: "granted" | "pending" | "refused";
  email: string;
  documentId: string;
  requestId: string;
};

/**
 * Step 2: the link's form, posted. Uses the link up, which verifies the address, and records the
 * NDA acceptance (version, SHA-256 of the text read, time, address, IP, user agent). The
 * SHA-256 the page showed must be the current text's: an NDA changed meanwhile is read again.
 * Then the rules: an NDA document is granted at once; an approval document at once for an
 * allowed domain, else approvers get a mail with a single-use link each.
 */
export async function acceptNda(deps: DocumentsDeps, input: Acceptance): Promise<AcceptResult> {
  const now = deps.now?.() ?? Date.now();
  const store = await deps.store();
  const peeked = await peekToken(store, VERIFY, input.token, now);
  const request = peeked && (await requestById(store, peeked.subject));
  if (!request) throw new DocumentsError("token", "the link is unknown, used or expired");
  const locale = isLocale(request.locale) ? request.locale : defaultLocale;
  const nda = deps.nda(locale);
  if (input.ndaSha256 !== nda.sha256)
    throw new DocumentsError("nda-changed", "the agreement changed; read the current version");
  const doc = gated(deps, request.documentId);
  const rule = ruleFor(request.email, deps.rules);
  const existing = await activeGrant(store, request.email, doc.access, now);
  const outcome: AcceptResult["status"] =
    rule === "block" ? "refused" : doc.access === "nda" || rule === "allow" || existing ? "granted" : "pending";
  const mails: string[] = [];
  await store.db.transaction().execute(async (trx) => {
    const tx = within(store, trx);
    // Used up in the transaction: a failure below leaves the link working for another try.
    const used = await consumeToken(tx, VERIFY, input.token, now);
    if (!used.ok) throw new DocumentsError("token", `the link is ${used.reason}`, { reason: used.reason });
    const moved = await trx
      .updateTable("document_requests")
      .set({
        status: outcome,
        verified_ms: now,
        ...(outcome === "pending"
          ? {}
          : {
              decided_ms: now,
              decided_by:
                outcome === "refused"
                  ? "rule:block"
                  : existing
                    ? "existing grant"
                    : doc.access === "nda"
                      ? "nda"
                      : "rule:allow",
            }),
      })
      .where("id", "=", request.requestId)
      .where("status", "=", "unverified")
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1)
      throw new DocumentsError("token", "the request was verified already", { reason: "used" });
    await trx
      .insertInto("nda_acceptances")
      .values({
        at_ms: now,
        request_id: request.requestId,
        email: request.email,
        nda_version: nda.version,
        nda_locale: nda.locale,
        nda_sha256: nda.sha256,
        ip: input.ip.slice(0, 64),
        user_agent: input.userAgent.slice(0, 400),
      })
      .execute();
    await appendEvent(tx, { kind: "verify", subject: request.requestId, data: { email: request.email } }, now);
    await appendEvent(
      tx,
      {
        kind: "nda",
        subject: request.requestId,
        data: { email: request.email, version: nda.version, sha256: nda.sha256, ip: input.ip },
      },
      now,
    );
    if (outcome === "granted" && !existing) {
      const by = doc.access === "nda" ? "nda" : "rule:allow";
      await createGrant(
        trx,
        {
          requestId: request.requestId,
          email: request.email,
          name: request.name,
          company: request.company,
          scope: doc.access,
          days: deps.grantDays,
          by,
        },
        now,
      );
    }
    if (outcome === "pending") {
      const full = await trx
        .selectFrom("document_requests")
        .select("reason")
        .where("id", "=", request.requestId)
        .executeTakeFirstOrThrow();
      for (const approver of deps.approvers) {
        const token = await issueToken(
          tx,
          { purpose: DECIDE, subject: `${request.requestId} ${approver}`, ttlMs: DECIDE_TTL_MS },
          now,
        );
        const link = `${deps.siteUrl}/documents/decide?token=${token}`;
        const message = {
          to: approver,
          ...approverMail({ ...request, reason: full.reason, title: doc.title.en, link }),
        };
        const mailId = await deps.mailer.enqueue(trx, {
          topic: "documents:decide",
          key: `${request.requestId}:${approver}`,
          message,
        });
        if (mailId) mails.push(mailId);
      }
    }
  });
  for (const mailId of mails) await deps.mailer.deliver(mailId).catch(() => "waiting");
  return { status: outcome, email: request.email, documentId: doc.id, requestId: request.requestId };
}
