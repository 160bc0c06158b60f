// POST /api/documents/request: the request form (a plain HTML form post; pages ship no script).
import { documentsDeps } from "@/lib/documents/service";
import { clientOf, formRefused, localeOf, noticeFor, noticeRedirect, readForm } from "@/lib/documents/http";
import { parseRequestForm } from "@/lib/documents/input";
import { requestAccess } from "@/lib/documents/requests";
import { site } from "@/lib/site/site";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const form = await readForm(request, site.baseUrl);
  if (!form) return formRefused();
  const locale = localeOf(form.get("locale"));
  try {
    const outcome = await requestAccess(documentsDeps(), parseRequestForm(form), clientOf(request));
    return noticeRedirect(locale, outcome === "refused" ? "refused" : "sent");
  } catch (error) {
    return noticeRedirect(locale, noticeFor(error));
  }
}
