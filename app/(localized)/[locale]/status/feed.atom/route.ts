import { localeParams } from "@/lib/updates/feed-route";
import { feedRoute } from "@/lib/status/history/feed-route";

export const dynamic = "force-static";
export const dynamicParams = false;
// A route handler does not inherit the layout's params: without these, /zh/status/feed.atom is a
// 404 on the server and missing from the static export.
export const generateStaticParams = localeParams;
export const GET = feedRoute;
