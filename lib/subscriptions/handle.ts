import { corsHeaders, crossSiteProblem } from "@/lib/feedback/origin";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { Mailer } from "@/lib/mail/mailer";
import { seal, sealKey } from "@/lib/mail/seal";
import { toStoreError } from "@/lib/store/errors";
import type { Store } from "@/lib/store/open";
import type { Taken } from "@/lib/store/rate-limit";
import { consumeToken, issueToken } from "@/lib/store/tokens";
import { isUpdateKind, type UpdateKind } from "@/lib/updates/kinds";
import { addressHash } from "./address";
import { CONFIRM_API, checkUnsubscribeToken } from "./links";
import { confirmationMail } from "./mail";
import { outcomeUrl, unsubscribePage, type Outcome } from "./outcome";
import { MAX_BODY_BYTES, parseSubscribeRequest } from "./request";
import { confirmSubscriber, unsubscribe, upsertSubscriber } from "./store";

export type SubscriptionDeps = {
  store: () => Promise<Store>;
  mailer: () => Pick<Mailer, "send">;
  /** Per client address, and per subscriber address (its keyed hash): shared through the store. */
  clientLimiter: { take(client: string): Promise<Taken> };
  addressLimiter: { take(hash: string): Promise<Taken> };
  /** TOKEN_SIGNING_KEY: keys the address hash, the sealed address and the unsubscribe links. */
  secret: () => string;
  siteUrl: string;
  ownOrigins: (request: Request) => string[];
  allowedOrigins: readonly string[];
  now?: () => number;
  log?: (line: string) => void;
};

const CONFIRM_PURPOSE = "subscribe-confirm";
const CONFIRM_TTL_MS = 24 * 60 * 60 * 1000;
const noStore = { "Cache-Control": "no-store" };

/**
 * To the outcome's page: on this site, or, for a form posted from elsewhere (a static export
 * hosted on another origin), on the public site (SITE_URL).
 */
const redirect = (
  deps: SubscriptionDeps,
  locale: Locale,
  outcome: Outcome,
  cors: Record<string, string> = {},
  elsewhere = false,
) =>
  new Response(null, {
    status: 303,
    headers: { ...noStore, ...cors, Location: outcomeUrl(elsewhere ? deps.siteUrl : "", locale, outcome) },
  });

async function readLimited(request: Request): Promise<string | undefined> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) return undefined;
  const text = await request.text();
  return Buffer.byteLength(text) > MAX_BODY_BYTES ? undefined : text;
}

const clientOf = (request: Request) => request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";

/** The store is down: nothing was kept, the reader is asked to retry. The log names the code only. */
function unavailable(deps: SubscriptionDeps, error: unknown): Response {
  const { code } = toStoreError(error, "subscriptions");
  (deps.log ?? console.error)(`subscriptions: store unavailable (${code})`);
  return new Response("The service is busy; please try again in a minute.\n", {
    status: 503,
    headers: { ...noStore, "Retry-After": "30", "Content-Type": "text/plain; charset=utf-8" },
  });
}

/**
 * POST /api/subscribe. The answer is the same redirect ("check your inbox") whether the address
 * is new, pending, confirmed or over its own limit, so the form tells no one who subscribes.
 */
export async function handleSubscribe(request: Request, deps: SubscriptionDeps): Promise<Response> {
  const now = (deps.now ?? Date.now)();
  const cors = corsHeaders(request.headers.get("origin"), deps.allowedOrigins);
  const problem = crossSiteProblem(request.headers, deps.ownOrigins(request), deps.allowedOrigins);
  if (problem) return new Response(`${problem}\n`, { status: 403, headers: noStore });
  const fallbackLocale: Locale = "en";
  const origin = request.headers.get("origin");
  const elsewhere = origin !== null && !deps.ownOrigins(request).includes(origin);
  try {
    const limited = await deps.clientLimiter.take(clientOf(request));
    if (!limited.ok) return redirect(deps, fallbackLocale, "busy", cors, elsewhere);
  } catch (error) {
    return unavailable(deps, error);
  }
  const text = await readLimited(request);
  const parsed =
    text === undefined ? undefined : parseSubscribeRequest(text, request.headers.get("content-type") ?? "");
  if (!parsed) return redirect(deps, fallbackLocale, "invalid", cors, elsewhere);
  const secret = deps.secret();
  const hash = addressHash(secret, parsed.address);
  try {
    const own = await deps.addressLimiter.take(hash);
    if (own.ok) {
      const store = await deps.store();
      const id = await upsertSubscriber(store, {
        hash,
        sealed: seal(sealKey(secret, "subscriber address"), parsed.address),
        locale: parsed.locale,
        kinds: parsed.kinds,
        now,
      });
      const token = await issueToken(
        store,
        {
          purpose: CONFIRM_PURPOSE,
          subject: JSON.stringify({ id, kinds: parsed.kinds, locale: parsed.locale }),
          ttlMs: CONFIRM_TTL_MS,
        },
        now,
      );
      const url = `${deps.siteUrl}${CONFIRM_API}?token=${encodeURIComponent(token)}`;
      // One confirmation per request (the token is new each time); the mailer retries it if SMTP is down.
      await deps.mailer().send({
        topic: CONFIRM_PURPOSE,
        key: token.slice(0, 16),
        message: confirmationMail(parsed.locale, parsed.address, url),
      });
    }
  } catch (error) {
    return unavailable(deps, error);
  }
  return redirect(deps, parsed.locale, "sent", cors, elsewhere);
}

/** GET /api/subscribe/confirm?token=…: the double opt-in link. */
export async function handleConfirm(request: Request, deps: SubscriptionDeps): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  try {
    const store = await deps.store();
    const consumed = await consumeToken(store, CONFIRM_PURPOSE, token, (deps.now ?? Date.now)());
    if (!consumed.ok) return redirect(deps, "en", "expired");
    const subject = JSON.parse(consumed.subject) as { id: string; kinds: string[]; locale: string };
    const locale = isLocale(subject.locale) ? subject.locale : "en";
    const kinds = subject.kinds.filter((k): k is UpdateKind => isUpdateKind(k));
    const done = await confirmSubscriber(store, subject.id, { kinds, locale }, (deps.now ?? Date.now)());
    return redirect(deps, locale, done ? "confirmed" : "expired");
  } catch (error) {
    return unavailable(deps, error);
  }
}

/**
 * /api/subscribe/unsubscribe?id=…&token=…&locale=…. POST unsubscribes: the one-click request of
 * RFC 8058 (body "List-Unsubscribe=One-Click") or the button of the GET page. GET only asks,
 * because mail scanners open links. POST answers 200 with a page, never a redirect (RFC 8058).
 */
export async function handleUnsubscribe(request: Request, deps: SubscriptionDeps): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const [id, token, lang] = [params.get("id") ?? "", params.get("token") ?? "", params.get("locale") ?? "en"];
  const locale = isLocale(lang) ? lang : "en";
  if (!id || !checkUnsubscribeToken(deps.secret(), id, token)) return redirect(deps, locale, "expired");
  const html = (body: string) =>
    new Response(body, { status: 200, headers: { ...noStore, "Content-Type": "text/html; charset=utf-8" } });
  if (request.method !== "POST") return html(unsubscribePage(locale, "ask", request.url));
  try {
    await unsubscribe(await deps.store(), id);
  } catch (error) {
    return unavailable(deps, error);
  }
  return html(unsubscribePage(locale, "done", request.url));
}
