// POST /api/documents/decide: an approver's form behind the link in their mail. The link's
// token names the request and the approver; it works once.
import { decide } from "@/lib/documents/decisions";
import { documentsDeps } from "@/lib/documents/service";
import { field, formRefused, noticeFor, noticeRedirect, readForm } from "@/lib/documents/http";
import { site } from "@/lib/site/site";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const form = await readForm(request, site.baseUrl);
  if (!form) return formRefused();
  const decision = field(form, "decision") === "approve" ? "approve" : "deny";
  try {
    await decide(documentsDeps(), {
      decision,
      token: field(form, "token"),
      days: Number(field(form, "days") || documentsDeps().grantDays),
    });
    return noticeRedirect("en", decision === "approve" ? "approved" : "denied");
  } catch (error) {
    return noticeRedirect("en", noticeFor(error));
  }
}
