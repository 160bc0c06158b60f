import { localeParams } from "@/lib/updates/feed-route";
import { feedRoute } from "@/lib/status/history/feed-route";

export const dynamic = "force-static";
export const dynamicParams = false;
// A route handler has no layout to take the locales from: without this, /zh/status/feed.atom is a 404.
export const generateStaticParams = localeParams;
export const GET = feedRoute;
