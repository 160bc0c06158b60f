// The default locale at the root: the same route as /<locale>/security, with no locale in its params.
export { default, generateMetadata } from "@/app/(localized)/[locale]/security/page";
