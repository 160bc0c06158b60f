// The default locale at the root: the same route as /<locale>/updates/kind/[kind].
export { default, generateMetadata, generateStaticParams } from "@/app/(localized)/[locale]/updates/kind/[kind]/page";

export const dynamicParams = false;
