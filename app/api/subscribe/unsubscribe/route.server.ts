// /api/subscribe/unsubscribe: GET asks, POST (one click, RFC 8058) unsubscribes.
import { handleUnsubscribe } from "@/lib/subscriptions/handle";
import { subscriptionDeps } from "@/lib/subscriptions/service";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return handleUnsubscribe(request, subscriptionDeps);
}

export function POST(request: Request): Promise<Response> {
  return handleUnsubscribe(request, subscriptionDeps);
}
