import type { Thresholds } from "../../../lib/questionnaire/thresholds";
import type { Matcher, Scored } from "../../../lib/questionnaire/matcher";

// The bench's figures for one set of questions at given thresholds, against our labels.

export type Answerability = "clear" | "partial" | "none";
export type Labelled = {
  set: string;
  id: string;
  question: string;
  answerability: Answerability;
  sections: string[];
  scored: Scored;
};

export type Figures = {
  questions: number;
  clear: number;
  partial: number;
  none: number;
  answered: number;
  /** answered rows whose citation names a right section */
  precision: number | undefined;
  /** clearly answerable questions answered (with a right section) */
  recall: number | undefined;
  /** answerable or partly answerable questions whose right section an answered or review row cites */
  cited: number | undefined;
  /** unanswerable questions answered, and in review */
  noneAnswered: number | undefined;
  noneReview: number | undefined;
};

const share = (n: number, of: number) => (of > 0 ? n / of : undefined);

/** A citation is right when it names a labelled section (a label may name section#anchor; the section decides). */
export function citesRight(cites: string[], sections: string[]): boolean {
  const wanted = new Set(sections.map((s) => s.split("#")[0]));
  return cites.some((c) => wanted.has(c.split("#")[0]));
}

export function figures(items: Labelled[], matcher: Matcher, thresholds: Thresholds): Figures {
  let answered = 0,
    right = 0,
    found = 0,
    cited = 0,
    noneAnswered = 0,
    noneReview = 0;
  const count = (a: Answerability) => items.filter((i) => i.answerability === a).length;
  for (const item of items) {
    const match = matcher.decide(item.scored, thresholds);
    const isRight = citesRight(match.unit?.cites ?? [], item.sections);
    if (match.status === "answered") {
      answered++;
      if (isRight) right++;
      if (isRight && item.answerability === "clear") found++;
    }
    if (match.status !== "not_covered" && isRight && item.answerability !== "none") cited++;
    if (item.answerability === "none" && match.status === "answered") noneAnswered++;
    if (item.answerability === "none" && match.status === "review") noneReview++;
  }
  const [clear, partial, none] = [count("clear"), count("partial"), count("none")];
  return {
    questions: items.length,
    clear,
    partial,
    none,
    answered,
    precision: share(right, answered),
    recall: share(found, clear),
    cited: share(cited, clear + partial),
    noneAnswered: share(noneAnswered, none),
    noneReview: share(noneReview, none),
  };
}
