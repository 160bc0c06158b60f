// The default locale at the root: the same route as /<locale>/updates.
export { default, generateMetadata } from "@/app/(localized)/[locale]/updates/page";
