import { getLibrary } from "@/lib/answers/library";
import type { SearchPart } from "@/lib/content/outline";
import { getSections } from "@/lib/content/sections";
import { faqPath, sectionPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { plainText } from "@/lib/text/tokenize";

// What search finds: every section's introduction, every subsection and every FAQ answer,
// each with the URL of its exact heading.
export type SearchDocument = { id: string; title: string; context: string; text: string; url: string };

export function searchDocuments(locale: Locale): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const section of getSections(locale)) {
    // Contentlayer's computed `search`: the text under each heading, the introduction first.
    (section.search as SearchPart[]).forEach((part, i) => {
      const text = plainText(part.text);
      if (!text && i > 0) return;
      const id = part.anchor ?? section.id;
      const url = part.anchor ? `${sectionPath(locale, section.id)}#${part.anchor}` : sectionPath(locale, section.id);
      docs.push({
        id: `${section.id}/${id}`,
        title: part.title ?? section.title,
        context: section.title,
        text: text || section.summary,
        url,
      });
    });
  }
  for (const entry of getLibrary(locale)) {
    docs.push({
      id: `faq/${entry.id}`,
      title: entry.question,
      context: getMessages(locale).nav.faq,
      text: `${entry.answer} ${entry.phrasings.join(" ")}`,
      url: `${faqPath(locale)}#${entry.id}`,
    });
  }
  return docs;
}
