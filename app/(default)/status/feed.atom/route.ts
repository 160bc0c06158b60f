// The default locale at the root: the same feed as /<locale>/status/feed.atom.
export { GET } from "@/app/(localized)/[locale]/status/feed.atom/route";

export const dynamic = "force-static";
