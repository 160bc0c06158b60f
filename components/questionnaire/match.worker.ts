// Matches large questionnaires off the main thread, so the page stays responsive.
import type { LibraryEntry } from "@/lib/answers/types";
import type { Locale } from "@/lib/i18n";
import { answerRows } from "@/lib/questionnaire/answer-rows";
import type { QuestionRow } from "@/lib/questionnaire/io/layout";
import { createMatcher } from "@/lib/questionnaire/matcher";

type Request = { rows: QuestionRow[]; library: LibraryEntry[]; locale: Locale };

self.onmessage = (event: MessageEvent<Request>) => {
  const { rows, library, locale } = event.data;
  self.postMessage(answerRows(rows, createMatcher(library), locale));
};
