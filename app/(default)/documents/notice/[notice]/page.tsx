// The default locale at the root: the same route as /<locale>/documents/notice/<notice>.
export {
  default,
  generateMetadata,
  generateStaticParams,
} from "@/app/(localized)/[locale]/documents/notice/[notice]/page";

export const dynamicParams = false;
