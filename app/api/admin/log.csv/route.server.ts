// GET /api/admin/log.csv[?kind=download]: the access log for approvers, as CSV.
import { ADMIN_COOKIE, cookieOf } from "@/lib/documents/http";
import { DOCUMENT_EVENTS, logCsv, logRows } from "@/lib/documents/report";
import { readSession } from "@/lib/documents/sessions";
import { documentsDeps } from "@/lib/documents/service";
import { listEvents } from "@/lib/store/audit";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const deps = documentsDeps();
  const store = await deps.store();
  const email = await readSession(store, "admin", cookieOf(request, ADMIN_COOKIE));
  if (!email || !deps.approvers.includes(email))
    return new Response("Sign in at /admin first.", { status: 403, headers: { "Cache-Control": "no-store" } });
  const kind = new URL(request.url).searchParams.get("kind") ?? undefined;
  const filter = kind && (DOCUMENT_EVENTS as readonly string[]).includes(kind) ? { kind } : {};
  const csv = logCsv(logRows(await listEvents(store, filter)));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="access-log.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
