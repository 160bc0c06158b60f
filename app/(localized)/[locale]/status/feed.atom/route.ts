import { prefixedLocales } from "@/lib/i18n/locales";
import { feedRoute } from "@/lib/status/history/feed-route";

export const dynamic = "force-static";

// A route handler does not inherit the layout's params; the static export needs them listed.
export function generateStaticParams() {
  return prefixedLocales.map((locale) => ({ locale }));
}

export const GET = feedRoute;
