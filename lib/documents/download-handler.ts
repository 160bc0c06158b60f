import { downloadFor, readDocumentFile } from "./download";
import { DocumentsError } from "./errors";
import { clientOf, cookieOf, localeOf, noticeFor, noticeRedirect, VIEWER_COOKIE } from "./http";
import { readSession } from "./sessions";
import { documentsText } from "./text";
import type { DocumentsDeps } from "./types";

// GET /api/documents/download/<id>, kept out of the route file so tests run it with their deps.

const pdf = (bytes: Uint8Array, name: string) =>
  new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });

/**
 * A public document as it is, a gated one stamped for the signed-in viewer. Too many downloads
 * from one address or by one viewer answer 429 with Retry-After (a script fetching copies
 * should back off; a person sees the "too many requests" text); other failures go to the notice page.
 */
export async function handleDownload(
  request: Request,
  id: string,
  deps: DocumentsDeps & { documentsDir: string },
): Promise<Response> {
  const locale = localeOf(new URL(request.url).searchParams.get("locale"));
  const doc = deps.document(id);
  if (!doc) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  try {
    if (doc.access === "public") return pdf(await readDocumentFile(deps.documentsDir, doc.file), `${doc.id}.pdf`);
    const now = deps.now?.() ?? Date.now();
    const email = await readSession(await deps.store(), "viewer", cookieOf(request, VIEWER_COOKIE), now);
    if (!email) return noticeRedirect(locale, "no-grant");
    const copy = await downloadFor(deps, { email, documentId: doc.id, client: clientOf(request) });
    return pdf(copy.bytes, copy.fileName);
  } catch (error) {
    if (error instanceof DocumentsError && error.code === "limited") {
      const { title, text } = documentsText(locale).notices.limited;
      return new Response(`${title}. ${text}\n`, {
        status: 429,
        headers: {
          "Content-Type": "text/plain; charset=utf-8",
          "Retry-After": String(error.detail.retryAfter ?? 60),
          "Cache-Control": "no-store",
        },
      });
    }
    return noticeRedirect(locale, noticeFor(error));
  }
}
