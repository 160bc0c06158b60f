import "server-only";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { loadStatusConfig } from "../config";
import { getStatusSnapshot } from "../source";
import { retentionStart } from "./entry";
import { statusFeed } from "./feed";
import { readHistory } from "./record";

// A route without dynamic segments (the root's) is called with no params at all.
type Context = { params?: Promise<{ locale?: string }> };

/** GET for app/…/status/feed.atom/route.ts: the feed in the route's locale (the default at the root). */
export async function feedRoute(_request: Request, { params }: Context): Promise<Response> {
  const locale = (await params)?.locale ?? defaultLocale;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const snapshot = await getStatusSnapshot();
  const end = new Date(snapshot.generatedAt);
  const atom = statusFeed(loadStatusConfig(), await readHistory(retentionStart(end)), end, locale);
  return new Response(atom, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
