// POST /api/feedback. The ".server.ts" name keeps it out of the static export, which has no
// server to post to (next.config.js lists that extension only for server builds).
import { handleFeedback, handlePreflight } from "@/lib/feedback/handle";
import { feedbackDeps } from "@/lib/feedback/service";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handleFeedback(request, feedbackDeps);
}

export function OPTIONS(request: Request): Response {
  return handlePreflight(request, feedbackDeps);
}
