import { getSection, sectionToc } from "../content/sections";
import { changesPath, sectionPath, statusPath, subprocessorsPath, type Locale } from "../i18n/locales";
import { getMessages } from "../i18n/catalogue";

export type ResolvedLink = { href: string; label: string };

/** An update's `links` entry as a link with the title of what it names (checked at build time). */
export function resolveUpdateLink(locale: Locale, link: string): ResolvedLink | undefined {
  const pages = getMessages(locale).updates.pages;
  if (link === "subprocessors") return { href: subprocessorsPath(locale), label: pages.subprocessors };
  if (link === "status") return { href: statusPath(locale), label: pages.status };
  if (link === "changes") return { href: changesPath(locale), label: pages.changes };
  const [id = "", anchor] = link.split("#");
  const section = getSection(locale, id);
  if (!section) return undefined;
  const heading = anchor ? sectionToc(section).find((h) => h.id === anchor) : undefined;
  return {
    href: `${sectionPath(locale, id)}${anchor ? `#${anchor}` : ""}`,
    label: heading ? `${section.title}${getMessages(locale).updates.colon}${heading.title}` : section.title,
  };
}
