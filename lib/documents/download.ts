import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { appendEvent } from "@/lib/store/audit";
import { toStoreError } from "@/lib/store/errors";
import { DocumentsError } from "./errors";
import { activeGrant } from "./grants";
import { safeDocumentFile } from "./source";
import { stampPdf } from "./stamp";
import type { DocumentsDeps } from "./types";

export type Download = { bytes: Uint8Array; downloadId: string; fileName: string };

/** The file's bytes, from inside `dir` only (the catalogue checked the path; checked again here). */
export async function readDocumentFile(dir: string, file: string): Promise<Uint8Array> {
  const safe = safeDocumentFile(file);
  const root = path.resolve(dir);
  const full = safe && path.resolve(root, safe);
  if (!full || !full.startsWith(root + path.sep))
    throw new DocumentsError("invalid", "document: the file is outside the documents folder", { field: "file" });
  return readFile(full);
}

/**
 * A stamped copy for `email`: their grant must open the document now (not expired, not revoked)
 * and rest on the current NDA version (a new version needs a new acceptance). The download is
 * recorded (append-only, with its id) before the bytes leave; a record that cannot be written,
 * or a copy that cannot be stamped, sends nothing.
 */
export async function downloadFor(
  deps: DocumentsDeps & { documentsDir: string },
  input: { email: string; documentId: string; client: string },
): Promise<Download> {
  const doc = deps.document(input.documentId);
  if (!doc || doc.access === "public") throw new DocumentsError("no-grant", "no such gated document");
  for (const [limiter, key] of [
    [deps.limits.downloadsPerClient, input.client],
    [deps.limits.downloadsPerViewer, deps.addressKey(input.email)],
  ] as const) {
    const taken = await limiter.take(key);
    if (!taken.ok) throw new DocumentsError("limited", "too many downloads", { retryAfter: taken.retryAfter });
  }
  const now = deps.now?.() ?? Date.now();
  const store = await deps.store();
  const grant = await activeGrant(store, input.email, doc.access, now);
  if (!grant) throw new DocumentsError("no-grant", "no current access to this document");
  const acceptance = await store.db
    .selectFrom("nda_acceptances")
    .select(["nda_version", "nda_locale"])
    .where("request_id", "=", grant.requestId)
    .orderBy("at_ms", "desc")
    .executeTakeFirst();
  const locale = acceptance && isLocale(acceptance.nda_locale) ? acceptance.nda_locale : defaultLocale;
  if (!acceptance || acceptance.nda_version !== deps.nda(locale).version)
    throw new DocumentsError("no-grant", "the NDA changed since it was accepted", { reason: "nda" });
  const downloadId = randomBytes(9).toString("base64url");
  const original = await readDocumentFile(deps.documentsDir, doc.file);
  const bytes = await stampPdf(original, {
    name: grant.name,
    company: grant.company,
    email: grant.email,
    date: new Date(now).toISOString().slice(0, 10),
    downloadId,
  });
  try {
    await store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("document_downloads")
        .values({
          id: downloadId,
          at_ms: now,
          grant_id: grant.id,
          document_id: doc.id,
          document_version: doc.version,
          email: grant.email,
        })
        .execute();
      await appendEvent(
        { ...store, db: trx },
        {
          kind: "download",
          subject: grant.requestId,
          data: { email: grant.email, document: doc.id, version: doc.version, download: downloadId },
        },
        now,
      );
    });
  } catch (error) {
    throw new DocumentsError(
      "unavailable",
      "the download could not be recorded",
      {},
      { cause: toStoreError(error, "recording a download") },
    );
  }
  return { bytes, downloadId, fileName: `${doc.id}-${downloadId}.pdf` };
}
