// POST /api/documents/sign-in: the form behind the link an approval mail carries.
import { SIGN_IN } from "@/lib/documents/decisions";
import { createSession, SESSION_TTL_MS } from "@/lib/documents/sessions";
import { documentsDeps } from "@/lib/documents/service";
import {
  field,
  formRefused,
  localeOf,
  noticeFor,
  noticeRedirect,
  readForm,
  sessionCookie,
  VIEWER_COOKIE,
} from "@/lib/documents/http";
import { site } from "@/lib/site/site";
import { consumeToken } from "@/lib/store/tokens";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const form = await readForm(request, site.baseUrl);
  if (!form) return formRefused();
  const locale = localeOf(form.get("locale"));
  try {
    const store = await documentsDeps().store();
    const used = await consumeToken(store, SIGN_IN, field(form, "token"));
    if (!used.ok) return noticeRedirect(locale, "link");
    const session = await createSession(store, "viewer", used.subject);
    return noticeRedirect(locale, "signed-in", {
      "Set-Cookie": sessionCookie(VIEWER_COOKIE, session, SESSION_TTL_MS.viewer / 1000, "Lax"),
    });
  } catch (error) {
    return noticeRedirect(locale, noticeFor(error));
  }
}
