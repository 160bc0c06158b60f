import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { loadStatusConfig } from "./config";
import { getStatusSnapshot } from "./source";
import { statusItems } from "./view";

/** What a page needs to show live status: the snapshot and its items in the page's language. */
export async function getStatusView(locale: Locale) {
  const snapshot = await getStatusSnapshot();
  return { snapshot, items: statusItems(snapshot, loadStatusConfig(), locale) };
}

export type StatusView = Awaited<ReturnType<typeof getStatusView>>;
