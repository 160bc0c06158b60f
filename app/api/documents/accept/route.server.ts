// POST /api/documents/accept: the NDA form behind the mail link. Verifies the address, records
// the acceptance, and signs the browser in as a viewer of that address.
import { createSession, SESSION_TTL_MS } from "@/lib/documents/sessions";
import { documentsDeps } from "@/lib/documents/service";
import {
  clientOf,
  field,
  formRefused,
  localeOf,
  noticeFor,
  noticeRedirect,
  readForm,
  sessionCookie,
  VIEWER_COOKIE,
} from "@/lib/documents/http";
import { acceptNda } from "@/lib/documents/requests";
import { site } from "@/lib/site/site";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const form = await readForm(request, site.baseUrl);
  if (!form) return formRefused();
  const locale = localeOf(form.get("locale"));
  if (field(form, "accept") !== "yes") return noticeRedirect(locale, "invalid");
  try {
    const deps = documentsDeps();
    const result = await acceptNda(deps, {
      token: field(form, "token"),
      ndaSha256: field(form, "nda"),
      ip: clientOf(request),
      userAgent: request.headers.get("user-agent") ?? "",
    });
    const session = await createSession(await deps.store(), "viewer", result.email);
    return noticeRedirect(locale, result.status, {
      "Set-Cookie": sessionCookie(VIEWER_COOKIE, session, SESSION_TTL_MS.viewer / 1000, "Lax"),
    });
  } catch (error) {
    return noticeRedirect(locale, noticeFor(error));
  }
}
