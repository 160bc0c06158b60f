import { citationPath } from "@/lib/answers/cite";
import type { Locale } from "@/lib/i18n/locales";
import type { QuestionRow } from "./io/layout";
import type { Matcher, Status } from "./matcher";

/** Why a row came out as it did: one of the best passages, its score and what it leaves unstated. */
export type Reason = { citation: string; text: string; coverage: number; missing: string[] };

/** One questionnaire row's answer, as both the page and the command line produce it. */
export type RowAnswer = {
  row: number;
  question: string;
  status: Status;
  /** The suggested answer: stated by the site (answered) or on the topic (review); empty when not covered. */
  answer: string;
  /** Section page paths with anchors, e.g. /security/backups#database-backups */
  citations: string[];
  confidence: number;
  /** For review rows, what the question asks that the cited text does not state. */
  missing: string[];
  /** The three best passages, for "why this answer". */
  reasons: Reason[];
  entryId: string | undefined;
  control: string | undefined;
};

export function answerRows(rows: QuestionRow[], matcher: Matcher, locale: Locale): RowAnswer[] {
  return rows.map(({ row, text }) => {
    const { status, unit, confidence, missing, candidates } = matcher.match(text);
    return {
      row,
      question: text,
      status,
      answer: unit?.answer ?? "",
      citations: (unit?.cites ?? []).map((cite) => citationPath(cite, locale)),
      confidence,
      missing,
      reasons: candidates.map((c) => ({
        citation: citationPath(c.unit.cites[0] ?? "", locale),
        text: c.unit.answer,
        coverage: c.coverage,
        missing: [...c.missing, ...c.uncovered],
      })),
      entryId: unit?.kind === "entry" ? unit.id : undefined,
      control: unit?.control,
    };
  });
}
