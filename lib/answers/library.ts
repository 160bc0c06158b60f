import { allAnswers } from "contentlayer/generated";
import { getSections } from "@/lib/content/sections";
import type { Paragraph } from "@/lib/content/outline";
import { getMessages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { site } from "@/lib/site/site";
import { toEntries, toPassages, type AnswerBase, type LibraryEntry } from "./types";

export function getLibrary(locale: Locale): LibraryEntry[] {
  return toEntries(allAnswers, locale);
}

/** The library and every paragraph of the whitepaper (Contentlayer's computed `paragraphs`). */
export function getAnswerBase(locale: Locale): AnswerBase {
  const passages = getSections(locale).flatMap((s) =>
    toPassages({ id: s.id, title: s.title, paragraphs: s.paragraphs as Paragraph[] }),
  );
  return {
    locale,
    company: site.company,
    entries: getLibrary(locale),
    passages,
    qualifiers: getMessages(locale).questionnaire.qualifiers,
  };
}
