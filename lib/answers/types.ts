import type { Paragraph } from "@/lib/content/outline";
import type { Messages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";

/** One answer of the library in one language, as the matcher and the pages use it. */
export type LibraryEntry = {
  id: string;
  question: string;
  answer: string;
  phrasings: string[];
  /**
   * Words of which a question must name one for this answer to apply, when the answer is true
   * only in one place ("data center" for a physical control): a bare "Do you support 2FA?" is
   * then not answered with how staff enter a data center floor.
   */
  scope: string[];
  terms: string[];
  /** "section-id" or "section-id#heading-id" */
  cites: string[];
  control: string | undefined;
  locale: Locale;
};

/**
 * One paragraph of a whitepaper section, as the matcher retrieves it: the text a reader sees,
 * where it sits (section and heading anchor), so an answer from it cites the exact place.
 */
export type Passage = {
  section: string;
  sectionTitle: string;
  anchor: string | undefined;
  heading: string | undefined;
  text: string;
};

/**
 * What questionnaires are answered from, in one locale: the answer library and the whitepaper's
 * paragraphs, with the names of the qualifiers a passage may leave unstated in that language.
 */
export type AnswerBase = {
  locale: Locale;
  company: string;
  entries: LibraryEntry[];
  passages: Passage[];
  qualifiers: Messages["questionnaire"]["qualifiers"];
};

type LocalizedText = Pick<LibraryEntry, "question" | "answer" | "phrasings" | "terms"> & {
  scope?: string[] | undefined;
};
export type AnswerSource = { id: string; cites: string[]; control?: string | undefined } & Record<
  Locale,
  LocalizedText
>;

/** One locale's entries, sorted by id: the same shape from Contentlayer's output or the YAML files. */
export function toEntries(answers: AnswerSource[], locale: Locale): LibraryEntry[] {
  return answers
    .map((a) => ({
      id: a.id,
      question: a[locale].question,
      answer: a[locale].answer,
      phrasings: a[locale].phrasings,
      terms: a[locale].terms,
      scope: a[locale].scope ?? [],
      cites: a.cites,
      control: a.control,
      locale,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** A section's paragraphs as retrieval units, each citing its section and heading. */
export function toPassages(section: { id: string; title: string; paragraphs: Paragraph[] }): Passage[] {
  return section.paragraphs.map((p) => ({
    section: section.id,
    sectionTitle: section.title,
    anchor: p.anchor,
    heading: p.heading,
    text: p.text,
  }));
}
