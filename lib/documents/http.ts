import { crossSiteProblem, requestOrigins } from "@/lib/feedback/origin";
import { documentsNoticePath, isLocale, type Locale } from "@/lib/i18n/locales";
import { toStoreError } from "@/lib/store/errors";
import { DocumentsError } from "./errors";
import type { Notice } from "./text";

// The plumbing the documents routes share: forms in, 303 redirects out, cookies.

export const VIEWER_COOKIE = "tc_viewer";
export const ADMIN_COOKIE = "tc_admin";
const MAX_FORM_BYTES = 8192;

/** The client's address, as scripts/serve.mjs established it (it overwrites what clients send). */
export function clientOf(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

export function localeOf(value: unknown): Locale {
  return typeof value === "string" && isLocale(value) ? value : "en";
}

const noStore = { "Cache-Control": "no-store" };

/** 303 to a path of this site: the browser GETs it, and a reload does not post again. */
export function seeOther(path: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { Location: path, ...noStore, ...headers } });
}

export function noticeRedirect(locale: Locale, notice: Notice, headers: Record<string, string> = {}): Response {
  return seeOther(documentsNoticePath(locale, notice), headers);
}

/** A form post from this site only (Origin / Sec-Fetch-Site), at most 8 KB; undefined otherwise. */
/** The answer to a post readForm refused (another site's, too large, not a form): nothing is done. */
export function formRefused(): Response {
  return new Response("Forbidden: post the form from this site.", {
    status: 403,
    headers: { "Cache-Control": "no-store" },
  });
}

export async function readForm(request: Request, siteUrl: string): Promise<FormData | undefined> {
  if (crossSiteProblem(request.headers, [new URL(siteUrl).origin, ...requestOrigins(request.headers)], []))
    return undefined;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_FORM_BYTES) return undefined;
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) return undefined;
  const text = await request.text();
  if (text.length > MAX_FORM_BYTES) return undefined;
  const form = new FormData();
  for (const [key, value] of new URLSearchParams(text)) form.append(key, value);
  return form;
}

export const field = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** The notice for a failure: the flow's own errors by code, the store's as "unavailable". */
export function noticeFor(error: unknown): Notice {
  if (error instanceof DocumentsError) {
    const byCode = {
      invalid: "invalid",
      token: "link",
      "nda-changed": "nda-changed",
      decided: "decided",
      "no-grant": "no-grant",
      limited: "limited",
      stamp: "stamp",
      unavailable: "unavailable",
    } as const;
    if (error.code === "no-grant" && error.detail.reason === "nda") return "nda-new";
    if (error.code === "stamp" || error.code === "unavailable")
      console.error(`documents: ${error.message} (${error.cause instanceof Error ? error.cause.message : "no cause"})`);
    return byCode[error.code];
  }
  console.error(`documents: ${toStoreError(error, "documents").message}`);
  return "unavailable";
}

/** A session cookie: HttpOnly, Secure (browsers keep Secure cookies on http://localhost too), SameSite. */
export function sessionCookie(name: string, value: string, maxAgeSeconds: number, sameSite: "Lax" | "Strict"): string {
  return `${name}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=${sameSite}`;
}

export function cookieOf(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}
