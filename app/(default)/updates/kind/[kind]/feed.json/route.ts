// The default locale at the root: the same feed as /<locale>/updates/kind/<kind>/feed.json.
import { kindFeedRoute } from "@/lib/updates/feed-route";

export const dynamic = "force-static";
export const dynamicParams = false;

const route = kindFeedRoute("json");
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
