import { citationPath } from "@/lib/answers/cite";
import type { Locale } from "@/lib/i18n";
import type { QuestionRow } from "./io/layout";
import type { Matcher } from "./matcher";

/** One questionnaire row's answer, as both the page and the command line produce it. */
export type RowAnswer = {
  row: number;
  question: string;
  status: "answered" | "not_covered";
  answer: string;
  /** Section page paths with anchors, e.g. /security/backups#database-backups */
  citations: string[];
  confidence: number;
  entryId: string | undefined;
  control: string | undefined;
};

export function answerRows(rows: QuestionRow[], matcher: Matcher, locale: Locale): RowAnswer[] {
  return rows.map(({ row, text }) => {
    const { status, entry, confidence } = matcher.match(text);
    return {
      row,
      question: text,
      status,
      answer: entry?.answer ?? "",
      citations: (entry?.cites ?? []).map((cite) => citationPath(cite, locale)),
      confidence,
      entryId: entry?.id,
      control: entry?.control,
    };
  });
}
