import { localeParams, updatesFeedRoute } from "@/lib/updates/feed-route";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = localeParams;
export const GET = updatesFeedRoute("json");
