import "server-only";
import type { Locale } from "@/lib/i18n";
import { loadStatusConfig } from "../config";
import { getStatusSnapshot } from "../source";
import { retentionStart } from "./entry";
import { statusFeed } from "./feed";
import { readHistory } from "./record";

/** GET for app/…/status/feed.atom/route.ts, per locale. */
export function feedRoute(locale: Locale) {
  return async function GET() {
    const snapshot = await getStatusSnapshot();
    const end = new Date(snapshot.generatedAt);
    const atom = statusFeed(loadStatusConfig(), await readHistory(retentionStart(end)), end, locale);
    return new Response(atom, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
  };
}
