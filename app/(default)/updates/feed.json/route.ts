// The default locale at the root: the same feed as /<locale>/updates/feed.json.
export { GET } from "@/app/(localized)/[locale]/updates/feed.json/route";

export const dynamic = "force-static";
