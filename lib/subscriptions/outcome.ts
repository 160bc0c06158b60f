import { languageTag, subscribeOutcomePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { siteText } from "@/lib/site/site";

/** What became of a subscription request or link; each has a static page in both locales. */
export const OUTCOMES = ["sent", "confirmed", "unsubscribed", "invalid", "expired", "busy"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export function isOutcome(value: string): value is Outcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

export function outcomeUrl(siteUrl: string, locale: Locale, outcome: Outcome): string {
  return `${siteUrl}${subscribeOutcomePath(locale, outcome)}`;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The unsubscribe link's own page (the server answers it, so it needs no script): "ask" holds
 * the button that posts, "done" says it is done.
 */
export function unsubscribePage(locale: Locale, step: "ask" | "done", action: string): string {
  const t = getMessages(locale).subscribe;
  const title = step === "ask" ? t.unsubscribeQuestion : t.outcomes.unsubscribed.title;
  const body =
    step === "ask"
      ? `<form method="post" action="${escape(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escape(t.unsubscribeButton)}</button></form>`
      : `<p>${escape(t.outcomes.unsubscribed.text)}</p>`;
  return `<!doctype html><html lang="${languageTag[locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)} · ${escape(siteText(locale).siteName)}</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>\n`;
}
