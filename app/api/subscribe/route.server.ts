// POST /api/subscribe: the subscription form (server builds only; an export posts to
// NEXT_PUBLIC_SUBSCRIBE_URL, a server deployment of the same site).
import { handleSubscribe } from "@/lib/subscriptions/handle";
import { startPublisher, subscriptionDeps } from "@/lib/subscriptions/service";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  startPublisher();
  return handleSubscribe(request, subscriptionDeps);
}
