import { getLibrary } from "@/lib/answers/library";
import { readHeadingLines } from "@/lib/content/headings";
import { getSections } from "@/lib/content/sections";
import { faqPath, sectionPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { plainText } from "@/lib/text/tokenize";

// What search finds: every section's introduction, every subsection and every FAQ answer,
// each with the URL of its exact heading.
export type SearchDocument = { id: string; title: string; context: string; text: string; url: string };

/** MDX to readable text: no JSX elements, no markdown syntax, no heading ids. */
function mdxText(body: string): string {
  return plainText(
    body
      .replace(/^<[A-Z][^>]*\/>\s*$/gm, "")
      .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
      .replace(/[*_`>#]/g, " ")
      .replace(/^\s*-\s+/gm, ""),
  );
}

export function searchDocuments(locale: Locale): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const section of getSections(locale)) {
    const lines = section.body.raw.split("\n");
    const headings = readHeadingLines(section.body.raw);
    const parts = [{ id: section.id, title: section.title, start: 0 }, ...headings.map((h) => ({ id: h.id ?? section.id, title: h.title, start: h.line }))];
    parts.forEach((part, i) => {
      const text = mdxText(lines.slice(part.start, parts[i + 1] ? (parts[i + 1]?.start ?? 0) - 1 : lines.length).join("\n"));
      if (!text && i > 0) return;
      const url = part.id === section.id ? sectionPath(locale, section.id) : `${sectionPath(locale, section.id)}#${part.id}`;
      docs.push({ id: `${section.id}/${part.id}`, title: part.title, context: section.title, text: text || section.summary, url });
    });
  }
  for (const entry of getLibrary(locale)) {
    docs.push({ id: `faq/${entry.id}`, title: entry.question, context: getMessages(locale).nav.faq, text: `${entry.answer} ${entry.phrasings.join(" ")}`, url: `${faqPath(locale)}#${entry.id}` });
  }
  return docs;
}
