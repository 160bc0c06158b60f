import type { Locale } from "@/lib/i18n";

/** One answer of the library in one language, as the matcher and the pages use it. */
export type LibraryEntry = {
  id: string;
  question: string;
  answer: string;
  phrasings: string[];
  terms: string[];
  /** "section-id" or "section-id#heading-id" */
  cites: string[];
  control: string | undefined;
  locale: Locale;
};
