// The default locale at the root: the same route as /<locale>/subprocessors.
export { default, generateMetadata } from "@/app/(localized)/[locale]/subprocessors/page";
