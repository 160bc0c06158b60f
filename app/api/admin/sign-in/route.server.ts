// POST /api/admin/sign-in: mails an approver a sign-in link; the same answer for anyone.
import { requestAdminLink } from "@/lib/documents/admin";
import { clientOf, field, formRefused, noticeFor, noticeRedirect, readForm } from "@/lib/documents/http";
import { documentsDeps } from "@/lib/documents/service";
import { site } from "@/lib/site/site";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const form = await readForm(request, site.baseUrl);
  if (!form) return formRefused();
  try {
    await requestAdminLink(documentsDeps(), field(form, "email"), clientOf(request));
    return noticeRedirect("en", "admin-link");
  } catch (error) {
    return noticeRedirect("en", noticeFor(error));
  }
}
