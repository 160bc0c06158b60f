import type { Locale } from "@/lib/i18n";

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

type LocalizedText = Pick<LibraryEntry, "question" | "answer" | "phrasings" | "terms"> & { scope?: string[] | undefined };
export type AnswerSource = { id: string; cites: string[]; control?: string | undefined; en: LocalizedText; zh: LocalizedText };

/** One locale's entries, sorted by id: the same shape from Contentlayer's output or the YAML files. */
export function toEntries(answers: AnswerSource[], locale: Locale): LibraryEntry[] {
  return answers
    .map((a) => ({ id: a.id, question: a[locale].question, answer: a[locale].answer, phrasings: a[locale].phrasings, terms: a[locale].terms, scope: a[locale].scope ?? [], cites: a.cites, control: a.control, locale }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
