import "server-only";
import { allAnswers, allSections } from "contentlayer/generated";
import { env } from "@/lib/env";
import { SharedRateLimiter } from "@/lib/store/rate-limit";
import { getStore } from "@/lib/store/server";
import type { FeedbackDeps } from "./handle";
import { requestOrigins } from "./origin";

/** The server's one set of feedback parts: the store opens on the first vote, not at build. */
export const feedbackDeps: FeedbackDeps = {
  store: getStore,
  limiter: new SharedRateLimiter(getStore, {
    scope: "feedback",
    perMinute: env.FEEDBACK_RATE_PER_MINUTE,
    burst: env.FEEDBACK_BURST,
  }),
  knownIds: new Set([...allSections.map((s) => s.id), ...allAnswers.map((a) => a.id)]),
  ownOrigins: (request) => [new URL(env.SITE_URL).origin, ...requestOrigins(request.headers)],
  allowedOrigins: env.FEEDBACK_ALLOWED_ORIGINS,
};
