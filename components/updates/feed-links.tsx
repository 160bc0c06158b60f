import { updatesFeedPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import type { UpdateKind } from "@/lib/updates/kinds";

export type FeedLinksProps = { locale: Locale; kind?: UpdateKind; label: string };

/** The Atom and JSON feeds of all updates or of one kind. */
export function FeedLinks({ locale, kind, label }: FeedLinksProps) {
  const t = getMessages(locale).updates;
  return (
    <p className="text-sm">
      {label}:{" "}
      <a className="underline" href={updatesFeedPath(locale, "atom", kind)} type="application/atom+xml">
        {t.atom}
      </a>
      {" · "}
      <a className="underline" href={updatesFeedPath(locale, "json", kind)} type="application/feed+json">
        {t.json}
      </a>
    </p>
  );
}
