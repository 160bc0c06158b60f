import "server-only";
import { allAnswers, allSections } from "contentlayer/generated";
import { env } from "@/lib/env";
import type { FeedbackDeps } from "./handle";
import { RateLimiter } from "./rate-limit";
import { FeedbackStore } from "./store";

let store: FeedbackStore | undefined;

/** The server's one set of feedback parts: the store opens on the first vote, not at build. */
export const feedbackDeps: FeedbackDeps = {
  store: () => (store ??= new FeedbackStore(env.FEEDBACK_DB)),
  limiter: new RateLimiter(env.FEEDBACK_RATE_PER_MINUTE, env.FEEDBACK_BURST),
  knownIds: new Set([...allSections.map((s) => s.id), ...allAnswers.map((a) => a.id)]),
  ownOrigins: (request) => [new URL(env.SITE_URL).origin, new URL(request.url).origin],
  allowedOrigins: env.FEEDBACK_ALLOWED_ORIGINS,
};
