// GET /api/documents/download/<id>: a public document as it is, a gated one stamped for the
// signed-in viewer. Never cached: each copy is one reader's.
import { findDocument } from "@/lib/documents/catalog";
import { downloadFor, readDocumentFile } from "@/lib/documents/download";
import { readSession } from "@/lib/documents/sessions";
import { documentsDeps } from "@/lib/documents/service";
import { clientOf, cookieOf, localeOf, noticeFor, noticeRedirect, VIEWER_COOKIE } from "@/lib/documents/http";

export const dynamic = "force-dynamic";

const pdf = (bytes: Uint8Array, name: string) =>
  new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const locale = localeOf(new URL(request.url).searchParams.get("locale"));
  const doc = findDocument(id);
  if (!doc) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const deps = documentsDeps();
  try {
    if (doc.access === "public") return pdf(await readDocumentFile(deps.documentsDir, doc.file), `${doc.id}.pdf`);
    const email = await readSession(await deps.store(), "viewer", cookieOf(request, VIEWER_COOKIE));
    if (!email) return noticeRedirect(locale, "no-grant");
    const copy = await downloadFor(deps, { email, documentId: doc.id, client: clientOf(request) });
    return pdf(copy.bytes, copy.fileName);
  } catch (error) {
    return noticeRedirect(locale, noticeFor(error));
  }
}
