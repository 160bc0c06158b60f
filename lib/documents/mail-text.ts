import { getMessages } from "@/lib/i18n/catalogue";
import { fill } from "@/lib/i18n/format";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";
import { site, siteText } from "@/lib/site/site";

// The flow's mail, plain text in the reader's language (texts in the catalogue, key
// `documents.mail`); approvers get theirs in every locale, since the config does not say which they read.

type Mail = { subject: string; text: string };

function mail(locale: Locale, kind: "verify" | "granted" | "denied", values: Record<string, string>): Mail {
  const t = getMessages(locale).documents.mail[kind];
  const all = { ...values, company: site.company, site: siteText(locale).siteName };
  return { subject: fill(t.subject, all, locale), text: fill(t.text, all, locale) };
}

export const mailText = {
  verify: (locale: Locale, title: string, link: string) => mail(locale, "verify", { title, link }),
  granted: (locale: Locale, title: string, link: string, until: string) =>
    mail(locale, "granted", { title, link, until }),
  denied: (locale: Locale, title: string) => mail(locale, "denied", { title }),
};

/** To approvers: who asked for what, and one link to decide (the page asks approve or deny). */
export function approverMail(input: {
  name: string;
  email: string;
  company: string;
  reason: string;
  title: string;
  link: string;
}): Mail {
  const t = getMessages(defaultLocale).documents.mail.approver;
  const values = { ...input, reason: input.reason || t.noReason };
  const others = locales
    .filter((l) => l !== defaultLocale)
    .map((l) => fill(getMessages(l).documents.mail.approver.summary, values, l));
  return {
    subject: fill(t.subject, values, defaultLocale),
    text: [fill(t.text, values, defaultLocale), ...others].join("\n"),
  };
}
