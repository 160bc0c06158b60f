import type { FeedFormat, Locale } from "../i18n";
import { FEED_CONTENT_TYPE, renderUpdatesFeed } from "./feed";
import { isUpdateKind, UPDATE_KINDS } from "./kinds";
import { getUpdates } from "./updates";

const headers = (format: FeedFormat) => ({ "Content-Type": FEED_CONTENT_TYPE[format], "Cache-Control": "public, max-age=300" });

/** GET for app/…/updates/feed.<format>/route.ts. */
export function updatesFeedRoute(locale: Locale, format: FeedFormat) {
  return async function GET() {
    return new Response(renderUpdatesFeed(format, locale, getUpdates(locale), undefined), { headers: headers(format) });
  };
}

/** generateStaticParams and GET for app/…/updates/kind/[kind]/feed.<format>/route.ts. */
export function kindFeedRoute(locale: Locale, format: FeedFormat) {
  return {
    generateStaticParams: () => UPDATE_KINDS.map((kind) => ({ kind })),
    GET: async (_request: Request, { params }: { params: Promise<{ kind: string }> }) => {
      const { kind } = await params;
      if (!isUpdateKind(kind)) return new Response("Not found", { status: 404 });
      return new Response(renderUpdatesFeed(format, locale, getUpdates(locale, kind), kind), { headers: headers(format) });
    },
  };
}
