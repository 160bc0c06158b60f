// /admin: approvers' view of requests, grants and the log. Server builds only, per request.
import { cookies } from "next/headers";
import { AdminPage, AdminSignIn } from "@/components/admin/admin-page";
import { adminView } from "@/lib/documents/admin";
import { ADMIN_COOKIE } from "@/lib/documents/http";
import { DOCUMENT_EVENTS } from "@/lib/documents/report";
import { csrfToken, readSession } from "@/lib/documents/sessions";
import { documentsDeps, sessionKey } from "@/lib/documents/service";

export const dynamic = "force-dynamic";
export const metadata = { title: "Document access", robots: { index: false, follow: false } };

export default async function Page({ searchParams }: { searchParams: Promise<{ kind?: string | string[] }> }) {
  const deps = documentsDeps();
  const store = await deps.store();
  const cookie = (await cookies()).get(ADMIN_COOKIE)?.value;
  const email = await readSession(store, "admin", cookie);
  // An approver removed from DOCUMENTS_APPROVERS loses /admin at once, session or not.
  if (!email || !cookie || !deps.approvers.includes(email)) return <AdminSignIn />;
  const { kind: raw } = await searchParams;
  const kind = typeof raw === "string" && (DOCUMENT_EVENTS as readonly string[]).includes(raw) ? raw : undefined;
  const view = await adminView(store, kind);
  return (
    <AdminPage email={email} csrf={csrfToken(sessionKey(), cookie)} grantDays={deps.grantDays} kind={kind} {...view} />
  );
}
