import { kindFeedRoute } from "@/lib/updates/feed-route";

export const dynamic = "force-static";
export const dynamicParams = false;

const route = kindFeedRoute("atom");
export const generateStaticParams = route.localizedStaticParams;
export const GET = route.GET;
