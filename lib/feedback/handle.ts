import { corsHeaders, crossSiteProblem } from "./origin";
import type { RateLimiter } from "./rate-limit";
import type { FeedbackStore } from "./store";
import { MAX_BODY_BYTES } from "./limits";
import { checkVote } from "./vote";

export type FeedbackDeps = {
  store: () => FeedbackStore;
  limiter: RateLimiter;
  knownIds: ReadonlySet<string>;
  /** Origins that are this site: SITE_URL's and the one the request came in on. */
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

/** POST /api/feedback: one vote, checked, rate-limited and stored; 201 once it is on disk. */
export async function handleFeedback(request: Request, deps: FeedbackDeps): Promise<Response> {
  const cors = corsHeaders(request.headers.get("origin"), deps.allowedOrigins);
  const problem = crossSiteProblem(request.headers, deps.ownOrigins(request), deps.allowedOrigins);
  if (problem) return reply(403, { error: problem });
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) return reply(415, { error: "Send the vote as application/json." }, cors);
  const limited = deps.limiter.take(clientOf(request));
  if (!limited.ok) return reply(429, { error: "Too many votes from this client; try again later." }, { ...cors, "Retry-After": String(limited.retryAfter) });
  const text = await readLimited(request, MAX_BODY_BYTES);
  if (text === undefined) return reply(413, { error: `The body is larger than ${MAX_BODY_BYTES} bytes.` }, cors);
  const checked = checkVote(text, deps.knownIds);
  if (!checked.ok) return reply(checked.status, { error: checked.error }, cors);
  try {
    deps.store().add(checked.vote);
  } catch (error) {
    console.error("feedback: could not store a vote", error);
    return reply(503, { error: "The vote could not be stored; please try again." }, { ...cors, "Retry-After": "5" });
  }
  return reply(201, { stored: true }, cors);
}

/** OPTIONS: the preflight a browser sends before a cross-origin JSON post. */
export function handlePreflight(request: Request, deps: Pick<FeedbackDeps, "allowedOrigins">): Response {
  const cors = corsHeaders(request.headers.get("origin"), deps.allowedOrigins);
  return new Response(null, { status: Object.keys(cors).length ? 204 : 403, headers: { ...noStore, ...cors } });
}
