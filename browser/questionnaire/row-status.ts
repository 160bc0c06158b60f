import type { RowAnswer } from "@/lib/questionnaire/answer-rows";
import type { ToolText } from "./tool-text";

/** What the user did with a suggested answer. */
export type Review = { answer: string; state: "accepted" | "edited" | "cleared" };

export type RowState = "answered" | "review" | "reviewed" | "not_covered" | "cleared";

/** A review row the user accepted or edited is reviewed; one left alone still needs review. */
export function rowState(result: RowAnswer, review: Review | undefined): RowState {
  if (review?.state === "cleared") return "cleared";
  if (result.status === "review") return review ? "reviewed" : "review";
  return result.status;
}

export function rowStateText(state: RowState, t: ToolText): string {
  return t.states[state];
}
