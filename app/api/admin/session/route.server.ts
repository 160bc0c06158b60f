// POST /api/admin/session: uses the sign-in link up and signs the browser in to /admin
// (HttpOnly, Secure, SameSite=Strict: no other site can make this browser act in /admin).
import { ADMIN_SIGN_IN } from "@/lib/documents/admin";
import {
  ADMIN_COOKIE,
  field,
  formRefused,
  noticeFor,
  noticeRedirect,
  readForm,
  seeOther,
  sessionCookie,
} from "@/lib/documents/http";
import { createSession, SESSION_TTL_MS } from "@/lib/documents/sessions";
import { documentsDeps } from "@/lib/documents/service";
import { site } from "@/lib/site/site";
import { consumeToken } from "@/lib/store/tokens";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const form = await readForm(request, site.baseUrl);
  if (!form) return formRefused();
  try {
    const deps = documentsDeps();
    const store = await deps.store();
    const used = await consumeToken(store, ADMIN_SIGN_IN, field(form, "token"));
    if (!used.ok || !deps.approvers.includes(used.subject)) return noticeRedirect("en", "link");
    const session = await createSession(store, "admin", used.subject);
    return seeOther("/admin", {
      "Set-Cookie": sessionCookie(ADMIN_COOKIE, session, SESSION_TTL_MS.admin / 1000, "Strict"),
    });
  } catch (error) {
    return noticeRedirect("en", noticeFor(error));
  }
}
