/** Why a questionnaire file cannot be used; the page shows a message for each, never a blank. */
export type QuestionnaireErrorCode = "empty" | "binary" | "too_large" | "unreadable" | "no_questions" | "unsupported";

export class QuestionnaireError extends Error {
  override name = "QuestionnaireError";
  constructor(readonly code: QuestionnaireErrorCode, message: string) {
    super(message);
  }
}

export const LIMITS = { bytes: 15 * 1024 * 1024, rows: 50_000 };
