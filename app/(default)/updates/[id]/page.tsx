// The default locale at the root: the same route as /<locale>/updates/[id].
export { default, generateMetadata, generateStaticParams } from "@/app/(localized)/[locale]/updates/[id]/page";

export const dynamicParams = false;
