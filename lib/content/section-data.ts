import { formatDate } from "../i18n/format";
import { sectionPath, type Locale } from "../i18n/locales";
import { absoluteUrl } from "../site/site";
import { getSection, getSections, sectionToc, type Section } from "./sections";

// Every whitepaper section as Markdown and JSON for buyers' tools, from the fields Contentlayer
// computed from the same syntax tree the HTML page is compiled from (lib/content/markdown.ts).

export type SectionData = {
  id: string;
  locale: Locale;
  title: string;
  summary: string;
  updated: string;
  url: string;
  headings: { level: 2 | 3; title: string; anchor: string; url: string }[];
  text: string;
};

export function sectionData(section: Section, locale: Locale): SectionData {
  const url = absoluteUrl(sectionPath(locale, section.id));
  return {
    id: section.id,
    locale,
    title: section.title,
    summary: section.summary,
    updated: section.updated.slice(0, 10),
    url,
    headings: sectionToc(section).map((h) => ({ level: h.level, title: h.title, anchor: h.id, url: `${url}#${h.id}` })),
    text: section.text,
  };
}

/** The section as one Markdown document: title, source and date, summary, then the body. */
export function sectionMarkdown(section: Section, locale: Locale): string {
  const url = absoluteUrl(sectionPath(locale, section.id));
  return `# ${section.title}\n\n<${url}> · ${formatDate(section.updated, locale)}\n\n${section.summary}\n\n${section.markdown}`;
}

export type DataFile = { file: string; body: string; type: string };

/** `<id>.md` and `<id>.json` for every section of a locale. */
export function sectionDataFiles(locale: Locale): DataFile[] {
  return getSections(locale).flatMap((section) => [
    { file: `${section.id}.md`, body: sectionMarkdown(section, locale), type: "text/markdown; charset=utf-8" },
    {
      file: `${section.id}.json`,
      body: JSON.stringify(sectionData(section, locale), null, 2),
      type: "application/json; charset=utf-8",
    },
  ]);
}

export function sectionDataFile(locale: Locale, file: string): DataFile | undefined {
  const id = file.replace(/\.(md|json)$/, "");
  if (!getSection(locale, id)) return undefined;
  return sectionDataFiles(locale).find((f) => f.file === file);
}
