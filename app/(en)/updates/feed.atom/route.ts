import { updatesFeedRoute } from "@/lib/updates/feed-route";

export const dynamic = "force-static";
export const GET = updatesFeedRoute("en", "atom");
