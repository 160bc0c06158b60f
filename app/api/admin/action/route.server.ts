// POST /api/admin/action: approve, deny or revoke, from /admin's forms only: the admin cookie
// (SameSite=Strict), the Origin check and the session's CSRF token must all agree.
import { decide, revoke } from "@/lib/documents/decisions";
import { ADMIN_COOKIE, cookieOf, field, noticeFor, noticeRedirect, readForm, seeOther } from "@/lib/documents/http";
import { checkCsrf, readSession } from "@/lib/documents/sessions";
import { documentsDeps, sessionKey } from "@/lib/documents/service";
import { site } from "@/lib/site/site";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const form = await readForm(request, site.baseUrl);
  const cookie = cookieOf(request, ADMIN_COOKIE);
  if (!form || !checkCsrf(sessionKey(), cookie, form.get("csrf"))) return noticeRedirect("en", "csrf");
  try {
    const deps = documentsDeps();
    const by = await readSession(await deps.store(), "admin", cookie);
    if (!by || !deps.approvers.includes(by)) return seeOther("/admin");
    const action = field(form, "action");
    const id = field(form, "id").slice(0, 64);
    if (action === "approve" || action === "deny")
      await decide(deps, { requestId: id, decision: action, by, days: Number(field(form, "days") || deps.grantDays) });
    else if (action === "revoke") await revoke(deps, id, by);
    else return noticeRedirect("en", "invalid");
    return seeOther("/admin");
  } catch (error) {
    return noticeRedirect("en", noticeFor(error));
  }
}
