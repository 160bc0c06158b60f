import { pageLocale, type LocaleRouteProps } from "@/components/layout/page-locale";
import { NotFoundContent } from "@/components/pages/not-found-content";
import { notFoundMetadata } from "@/lib/metadata";

// The 404 of a locale, built once per locale as a static page inside that locale's frame.
// next.config.js sends every /<locale>/… URL that matches no page here (a fallback rewrite), the
// production server sends it with status 404 (NotFoundContent marks it; server/page-response.mjs),
// and the export copies it to /<locale>/404.html. URLs outside any locale's prefix get the global
// not-found page, with the way back in every language. (A page calling notFound() is built by
// Next 16 as an empty shell the browser fills in, which the runtime cut would leave blank.)
export const dynamicParams = false;

export async function generateMetadata(props: LocaleRouteProps) {
  return notFoundMetadata(await pageLocale(props));
}

export default async function Page(props: LocaleRouteProps) {
  return <NotFoundContent locale={await pageLocale(props)} />;
}
