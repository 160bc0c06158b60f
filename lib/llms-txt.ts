import { getSections } from "./content/sections";
import {
  changesPath,
  locales,
  sectionPath,
  statusPath,
  subprocessorsPath,
  updatePath,
  updatesFeedPath,
  type Locale,
} from "./i18n/locales";
import { getMessages } from "./i18n/catalogue";
import { absoluteUrl, siteText } from "./site/site";
import { getUpdates } from "./updates/updates";

// /llms.txt (llmstxt.org): the site's Markdown and data files, listed for language-model tools.
function localeBlock(locale: Locale): string[] {
  const t = getMessages(locale);
  return [
    `## ${t.whitepaper.title} (${locale})`,
    "",
    ...getSections(locale).map(
      (s) => `- [${s.title}](${absoluteUrl(`${sectionPath(locale, s.id)}.md`)}): ${s.summary}`,
    ),
    "",
    `## ${t.updates.title} (${locale})`,
    "",
    ...getUpdates(locale).map((u) => `- [${u.title}](${absoluteUrl(updatePath(locale, u.id))}): ${u.summary}`),
    `- [${t.updates.json}](${absoluteUrl(updatesFeedPath(locale, "json"))})`,
    `- [${t.subprocessors.title}](${absoluteUrl(subprocessorsPath(locale))})`,
    `- [${t.updates.pages.changes}](${absoluteUrl(changesPath(locale))})`,
    "",
  ];
}

export function llmsTxt(): string {
  return [
    `# ${siteText("en").siteName}`,
    "",
    `> ${siteText("en").home.lead}`,
    "",
    "Each whitepaper section is also published as Markdown (`/security/<id>.md`) and as JSON (`/security/<id>.json`: title, updated, headings with anchors, text).",
    "",
    ...locales.flatMap(localeBlock),
    "## Data",
    "",
    `- [Subprocessors as JSON](${absoluteUrl("/subprocessors.json")}): follows ${absoluteUrl("/schemas/subprocessors.json")}`,
    `- [Live status as JSON](${absoluteUrl("/status.json")})`,
    `- [Live status page](${absoluteUrl(statusPath("en"))})`,
    "",
  ].join("\n");
}
