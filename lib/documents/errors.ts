/**
 * Why a step of the documents flow did not happen, as the reader's page says it:
 * `invalid` (a field is wrong: `field` names it), `token` (the link is unknown, used or expired),
 * `nda-changed` (the agreement changed while the reader read it), `decided` (someone decided
 * first), `no-grant` (no access, or it expired or was revoked), `limited` (too many requests),
 * `stamp` (the copy could not be watermarked: nothing is sent), `unavailable` (the store is down).
 */
export type DocumentsErrorCode =
  "invalid" | "token" | "nda-changed" | "decided" | "no-grant" | "limited" | "stamp" | "unavailable";

export class DocumentsError extends Error {
  override readonly name = "DocumentsError";
  constructor(
    readonly code: DocumentsErrorCode,
    message: string,
    readonly detail: { field?: string; retryAfter?: number; reason?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
