// GET /api/documents/download/<id>: a public document as it is, a gated one stamped for the
// signed-in viewer (lib/documents/download-handler.ts). Never cached: each copy is one reader's.
import { handleDownload } from "@/lib/documents/download-handler";
import { documentsDeps } from "@/lib/documents/service";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleDownload(request, (await params).id, documentsDeps());
}
