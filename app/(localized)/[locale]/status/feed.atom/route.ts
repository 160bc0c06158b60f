import { feedRoute } from "@/lib/status/history/feed-route";

export const dynamic = "force-static";
export const GET = feedRoute;
