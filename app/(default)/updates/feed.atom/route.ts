// The default locale at the root: the same feed as /<locale>/updates/feed.atom.
export { GET } from "@/app/(localized)/[locale]/updates/feed.atom/route";

export const dynamic = "force-static";
