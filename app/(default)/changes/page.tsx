// The default locale at the root: the same route as /<locale>/changes.
export { default, generateMetadata } from "@/app/(localized)/[locale]/changes/page";
