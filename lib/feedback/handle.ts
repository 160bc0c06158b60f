import { toStoreError } from "@/lib/store/errors";
import { corsHeaders, crossSiteProblem } from "./origin";
import type { Store } from "@/lib/store/open";
import type { Taken } from "@/lib/store/rate-limit";
import { MAX_BODY_BYTES } from "./limits";
import { addVote } from "./store";
import { checkVote } from "./vote";

export type FeedbackDeps = {
  /** The shared store, opened (and migrated) on first use. */
  store: () => Promise<Store>;
  /** A per-client limit, shared by every server process through the store. */
  limiter: { take(client: string): Promise<Taken> };
  knownIds: ReadonlySet<string>;
  /** Origins that are this site: SITE_URL's and the Host the request came in on. */
  ownOrigins: (request: Request) => string[];
  /** Other origins allowed to post (a static export of the site hosted elsewhere). */
  allowedOrigins: readonly string[];
};

const noStore = { "Cache-Control": "no-store" };

function reply(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...noStore, ...headers } });
}

/** The body as text, at most `limit` bytes: a larger one is refused without reading it all. */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) return undefined;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

/** The client's address, as scripts/serve.mjs established it (it overwrites what clients send). */
function clientOf(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

/**
 * The store could not be reached or refused: the vote is not stored, and the client is told
 * so (503, retry later), never 201. The log names the error's code only: no address, no URL.
 */
function unavailable(error: unknown, cors: Record<string, string>): Response {
  const { code, message } = toStoreError(error, "feedback");
  console.error(`feedback: ${message} (${code})`);
  return reply(503, { error: "The vote could not be stored; please try again." }, { ...cors, "Retry-After": "5" });
}

/** POST /api/feedback: one vote, checked, rate-limited and stored; 201 once it is on disk. */
export async function handleFeedback(request: Request, deps: FeedbackDeps): Promise<Response> {
  const cors = corsHeaders(request.headers.get("origin"), deps.allowedOrigins);
  const problem = crossSiteProblem(request.headers, deps.ownOrigins(request), deps.allowedOrigins);
  if (problem) return reply(403, { error: problem });
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type))
    return reply(415, { error: "Send the vote as application/json." }, cors);
  let limited: Taken;
  try {
    limited = await deps.limiter.take(clientOf(request));
  } catch (error) {
    return unavailable(error, cors);
  }
  if (!limited.ok)
    return reply(
      429,
      { error: "Too many votes from this client; try again later." },
      { ...cors, "Retry-After": String(limited.retryAfter) },
    );
  const text = await readLimited(request, MAX_BODY_BYTES);
  if (text === undefined) return reply(413, { error: `The body is larger than ${MAX_BODY_BYTES} bytes.` }, cors);
  const checked = checkVote(text, deps.knownIds);
  if (!checked.ok) return reply(checked.status, { error: checked.error }, cors);
  try {
    await addVote(await deps.store(), checked.vote);
  } catch (error) {
    return unavailable(error, cors);
  }
  return reply(201, { stored: true }, cors);
}

/** OPTIONS: the preflight a browser sends before a cross-origin JSON post. */
export function handlePreflight(request: Request, deps: Pick<FeedbackDeps, "allowedOrigins">): Response {
  const cors = corsHeaders(request.headers.get("origin"), deps.allowedOrigins);
  return new Response(null, { status: Object.keys(cors).length ? 204 : 403, headers: { ...noStore, ...cors } });
}
