import { defaultLocale, isLocale, prefixedLocales, type FeedFormat } from "../i18n/locales";
import { FEED_CONTENT_TYPE, renderUpdatesFeed } from "./feed";
import { isUpdateKind, UPDATE_KINDS } from "./kinds";
import { getUpdates } from "./updates";

// A route without dynamic segments (the root's) is called with no params at all.
type Context = { params?: Promise<{ locale?: string; kind?: string }> };

const headers = (format: FeedFormat) => ({
  "Content-Type": FEED_CONTENT_TYPE[format],
  "Cache-Control": "public, max-age=300",
});
const notFound = () => new Response("Not found", { status: 404 });

/**
 * A route handler has no layout above it, so the locale segment's params are its own to list:
 * app/(localized)/[locale]/… routes export these.
 */
export const localeParams = () => prefixedLocales.map((locale) => ({ locale }));

/** GET for app/…/updates/feed.<format>/route.ts, in the route's locale (the default at the root). */
export function updatesFeedRoute(format: FeedFormat) {
  return async function GET(_request: Request, { params }: Context) {
    const locale = (await params)?.locale ?? defaultLocale;
    if (!isLocale(locale)) return notFound();
    return new Response(renderUpdatesFeed(format, locale, getUpdates(locale), undefined), { headers: headers(format) });
  };
}

/** generateStaticParams and GET for app/…/updates/kind/[kind]/feed.<format>/route.ts. */
export function kindFeedRoute(format: FeedFormat) {
  return {
    generateStaticParams: () => UPDATE_KINDS.map((kind) => ({ kind })),
    localizedStaticParams: () => prefixedLocales.flatMap((locale) => UPDATE_KINDS.map((kind) => ({ locale, kind }))),
    GET: async (_request: Request, { params }: Context) => {
      const { locale = defaultLocale, kind = "" } = (await params) ?? {};
      if (!isLocale(locale) || !isUpdateKind(kind)) return notFound();
      return new Response(renderUpdatesFeed(format, locale, getUpdates(locale, kind), kind), {
        headers: headers(format),
      });
    },
  };
}
