import { feedRoute } from "@/lib/status/history/feed-route";

export const dynamic = "force-static";
export const dynamicParams = false;
export const GET = feedRoute;
