// The default locale at the root: the same route as /<locale>/security/<id>.
export { default, generateMetadata, generateStaticParams } from "@/app/(localized)/[locale]/security/[id]/page";

export const dynamicParams = false;
