import type { Candidate, Match, Scored, Status } from "./matcher";
import type { Thresholds } from "./thresholds";

// From the scored units to one outcome.
// - answered: a unit covers enough of the item (or of its leading requirement), covers what the
//   item opens with, and states every qualifier asked;
// - review: a unit would answer but for a qualifier the item asks ("documented", "annually"), or
//   the item names what the unit is about (one of its key terms, its heading) and the unit
//   covers some of the rest. A long item names it in one of its sentences or bullets: that part,
//   and how much of it the unit covers, decides, never more than a review;
// - not covered otherwise.

// Of answers that qualify, the library's canonical wording wins unless a passage covers clearly more.
const PREFER_ENTRY = 0.05;
// A unit the item names (by a key term or heading) answers with a little less of the rest covered.
const NAMED_EASE = 0.1;
const EXPLAINED = 3;
// What a review names as unstated, at most.
const UNSTATED = 8;

type Pick = { status: Status; pick: Candidate | undefined };

const enough = (c: Candidate, t: Thresholds) =>
  !c.offSubject && c.coverage + (c.focus > 0 ? NAMED_EASE : 0) >= t.answer;
const named = (list: Candidate[], t: Thresholds) =>
  list.find((c) => c.focus > 0 && !c.offSubject && c.coverage >= t.focus) ??
  list.find((c) => c.focus > 0 && c.coverage >= t.focus);

function decidePart(list: Candidate[], t: Thresholds, byName: boolean): Pick {
  const covering = list.filter((c) => enough(c, t));
  const top = covering.find((c) => c.missing.length === 0);
  if (top)
    return {
      status: "answered",
      pick:
        covering.find(
          (c) =>
            c.missing.length === 0 &&
            c.unit.kind === "entry" &&
            c.coverage >= top.coverage - PREFER_ENTRY &&
            c.relevance >= top.relevance - PREFER_ENTRY,
        ) ?? top,
    };
  const pick = covering[0] ?? (byName ? named(list, t) : undefined);
  return pick ? { status: "review", pick } : { status: "not_covered", pick: list[0] };
}

const RANK: Record<Status, number> = { answered: 2, review: 1, not_covered: 0 };

function best(lists: Candidate[][], decidePart: (list: Candidate[]) => Pick): Pick & { list: Candidate[] } {
  let result: Pick & { list: Candidate[] } = { status: "not_covered", pick: undefined, list: [] };
  for (const list of lists) {
    const next = decidePart(list);
    const better = RANK[next.status] - RANK[result.status] || (next.pick?.coverage ?? 0) - (result.pick?.coverage ?? 0);
    if (better > 0) result = { ...next, list };
  }
  return result;
}

export function decide(scored: Scored, t: Thresholds): Match {
  const long = scored.parts.length > scored.leads;
  let result = best(scored.parts.slice(0, scored.leads), (list) => decidePart(list, t, !long));
  if (result.status === "not_covered") {
    const part = best(scored.parts.slice(scored.leads), (list) => {
      const pick = named(list, t);
      return pick ? { status: "review", pick } : { status: "not_covered", pick: undefined };
    });
    if (part.status !== "not_covered") result = part;
  }
  const { status, pick } = result;
  let missing: string[] = [];
  if (status === "review" && pick) {
    // What the item asks that the unit leaves unstated: its qualifiers and, when it covers only
    // part of the item, the item's own words for the rest.
    const whole = scored.parts[0]?.find((c) => c.unit === pick.unit) ?? pick;
    missing = Array.from(
      new Set([...whole.missing, ...pick.missing, ...(whole.coverage < t.answer ? whole.uncovered : [])]),
    ).slice(0, UNSTATED);
  }
  // The passage chosen is explained first, then the best of the others.
  const explained = status === "not_covered" || !pick ? result.list : [pick, ...result.list.filter((c) => c !== pick)];
  return {
    status,
    unit: status === "not_covered" ? undefined : pick?.unit,
    confidence: pick?.coverage ?? 0,
    missing,
    candidates: explained.slice(0, EXPLAINED),
  };
}
