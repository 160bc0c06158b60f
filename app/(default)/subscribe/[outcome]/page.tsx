// The default locale at the root: the same route as /<locale>/subscribe/[outcome].
export { default, generateMetadata, generateStaticParams } from "@/app/(localized)/[locale]/subscribe/[outcome]/page";

export const dynamicParams = false;
