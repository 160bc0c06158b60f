import type { MailMessage } from "@/lib/mail/message";
import { updatePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { siteText } from "@/lib/site/site";
import type { Update } from "@/lib/updates/updates";

// The two messages of a subscription, in the subscriber's language, plain text only.

export function confirmationMail(locale: Locale, to: string, confirmUrl: string): MailMessage {
  const t = getMessages(locale).subscribe.mail;
  return {
    to,
    subject: `${siteText(locale).siteName}${getMessages(locale).updates.colon}${t.confirmSubject}`,
    text: [t.confirmText, "", confirmUrl, "", t.confirmIgnore, ""].join("\n"),
  };
}

/** One update; RFC 8058 one-click unsubscribe in the headers and the link in the text. */
export function updateMail(
  locale: Locale,
  to: string,
  update: Update,
  links: { siteUrl: string; unsubscribe: string },
): MailMessage {
  const unsubscribeUrl = links.unsubscribe;
  const messages = getMessages(locale);
  const t = messages.subscribe.mail;
  const lines = [
    update.title,
    "",
    update.summary,
    "",
    update.markdown.trim(),
    "",
    ...(update.effective
      ? [`${messages.updates.effective}${messages.updates.colon}${update.effective.slice(0, 10)}`, ""]
      : []),
    `${t.readOnline} ${links.siteUrl}${updatePath(locale, update.id)}`,
    "",
    "-- ",
    t.footer,
    unsubscribeUrl,
    "",
  ];
  return {
    to,
    subject: `${siteText(locale).siteName}${messages.updates.colon}${update.title}`,
    text: lines.join("\n"),
    headers: { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
