// GET /api/subscribe/confirm?token=…: the double opt-in link of the confirmation mail.
import { handleConfirm } from "@/lib/subscriptions/handle";
import { startPublisher, subscriptionDeps } from "@/lib/subscriptions/service";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  startPublisher();
  return handleConfirm(request, subscriptionDeps);
}
