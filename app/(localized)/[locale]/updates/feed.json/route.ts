import { updatesFeedRoute } from "@/lib/updates/feed-route";

export const dynamic = "force-static";
export const dynamicParams = false;
export const GET = updatesFeedRoute("json");
