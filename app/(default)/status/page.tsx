// The default locale at the root: the same route as /<locale>/status, with no locale in its params.
export { default, generateMetadata } from "@/app/(localized)/[locale]/status/page";
