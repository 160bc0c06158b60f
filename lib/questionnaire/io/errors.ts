import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** Why a questionnaire file cannot be used; the page shows a message for each, never a blank. */
export type QuestionnaireErrorCode =
  | "empty"
  | "empty_paste"
  | "binary"
  | "too_large"
  | "too_large_unzipped"
  | "too_many_rows"
  | "too_many_columns"
  | "unreadable"
  | "unsupported";

/** Figures a message names (the file's row count, the limit), so each language can phrase them. */
export type QuestionnaireErrorDetail = { count?: number; limit?: number };

/** The texts by code, from the reader's catalogue (Messages["questionnaire"]["errors"]). */
export type QuestionnaireErrorTexts = Record<QuestionnaireErrorCode, string>;

/** A questionnaire is a few thousand rows of a few columns; far past that is a mistake or an attack. */
export const LIMITS = { bytes: 15 * 1024 * 1024, unzippedBytes: 50 * 1024 * 1024, rows: 50_000, columns: 200 };

// The reader's language decides the words; the code decides the message. The texts are passed
// in rather than imported, so the browser's tool carries only its own locale's, from the page.
export function questionnaireErrorText(
  error: { code: QuestionnaireErrorCode; detail: QuestionnaireErrorDetail },
  texts: QuestionnaireErrorTexts,
  locale: Locale,
): string {
  return fill(texts[error.code], { count: error.detail.count ?? 0, limit: error.detail.limit ?? 0 }, locale);
}

export class QuestionnaireError extends Error {
  override name = "QuestionnaireError";
  constructor(
    readonly code: QuestionnaireErrorCode,
    readonly detail: QuestionnaireErrorDetail = {},
  ) {
    // For logs; what a reader sees comes from questionnaireErrorText in their language.
    super(`questionnaire refused: ${code} ${JSON.stringify(detail)}`);
  }
}

/** By name and code: tsx (and a lazily loaded chunk) may load the class twice, so instanceof can miss. */
export function isQuestionnaireError(error: unknown): error is QuestionnaireError {
  return (
    error instanceof Error &&
    error.name === "QuestionnaireError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}
