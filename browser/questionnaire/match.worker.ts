// Matches large questionnaires off the main thread, so the page stays responsive.
import type { AnswerBase } from "@/lib/answers/types";
import type { Locale } from "@/lib/i18n/locales";
import { answerRows } from "@/lib/questionnaire/answer-rows";
import type { QuestionRow } from "@/lib/questionnaire/io/layout";
import { createMatcher } from "@/lib/questionnaire/matcher";

type Request = { rows: QuestionRow[]; base: AnswerBase; locale: Locale };

self.onmessage = (event: MessageEvent<Request>) => {
  const { rows, base, locale } = event.data;
  self.postMessage(answerRows(rows, createMatcher(base), locale));
};
