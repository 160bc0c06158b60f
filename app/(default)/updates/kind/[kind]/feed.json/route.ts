// The default locale at the root: the same feed as /<locale>/updates/kind/<kind>/feed.json.
export { GET, generateStaticParams } from "@/app/(localized)/[locale]/updates/kind/[kind]/feed.json/route";

export const dynamic = "force-static";
export const dynamicParams = false;
