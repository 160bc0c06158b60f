import type { Candidate, Match, Scored, Status } from "./matcher";
import type { Thresholds } from "./thresholds";

// From the scored units to one outcome. A unit answers when it covers enough of the item (or of
// its leading requirement) and states every qualifier asked; it is put up for review when it
// covers enough of the item, or when the item names what the unit is about (one of its key
// terms or its heading) and the unit covers some of the rest; a sentence or bullet of a long
// item that a unit would answer alone puts the item up for review, with the rest unstated.

// Of answers that qualify, the library's canonical wording wins unless a passage covers clearly more.
const PREFER_ENTRY = 0.05;
const EXPLAINED = 3;
// A unit the item names (by a key term or heading) answers with a little less of the rest covered.
const NAMED_EASE = 0.1;
// What a review names as unstated, at most.
const NAMED = 8;

type Pick = { status: Status; pick: Candidate | undefined };

function decidePart(list: Candidate[], t: Thresholds): Pick {
  const qualifying = list.filter((c) => c.missing.length === 0 && !c.offSubject && c.coverage + (c.focus > 0 ? NAMED_EASE : 0) >= t.answer);
  const top = qualifying[0];
  if (top) return { status: "answered", pick: qualifying.find((c) => c.unit.kind === "entry" && c.coverage >= top.coverage - PREFER_ENTRY && c.relevance >= top.relevance - PREFER_ENTRY) ?? top };
  const best = list[0];
  const onSubject = list.find((c) => !c.offSubject);
  if (onSubject && onSubject.coverage >= t.review) return { status: "review", pick: onSubject };
  const named = list.find((c) => c.focus > 0 && !c.offSubject && c.coverage >= t.focus) ?? list.find((c) => c.focus > 0 && c.coverage >= t.focus);
  return named ? { status: "review", pick: named } : { status: "not_covered", pick: best };
}

const RANK: Record<Status, number> = { answered: 2, review: 1, not_covered: 0 };

// A sentence or bullet of a long item puts it up for review when it names a unit's topic by a
// telling name: more than one common word ("vulnerability triage", "DDoS", not "encryption").
const TELLING_NAME = 3;
function namedPart(list: Candidate[], t: Thresholds): Pick {
  const named = list.find((c) => c.focus >= TELLING_NAME && !c.offSubject && c.coverage >= t.focus);
  return named ? { status: "review", pick: named } : { status: "not_covered", pick: undefined };
}

function best(lists: Candidate[][], t: Thresholds, decidePart: (list: Candidate[], t: Thresholds) => Pick): Pick & { list: Candidate[] } {
  let result: Pick & { list: Candidate[] } = { status: "not_covered", pick: undefined, list: [] };
  for (const list of lists) {
    const next = decidePart(list, t);
    const better = RANK[next.status] - RANK[result.status] || (next.pick?.coverage ?? 0) - (result.pick?.coverage ?? 0);
    if (better > 0) result = { ...next, list };
  }
  return result;
}

export function decide(scored: Scored, t: Thresholds): Match {
  let result = best(scored.parts.slice(0, scored.leads), t, decidePart);
  // A sentence or bullet alone is a review at most, and only when the item as a whole is not.
  if (result.status === "not_covered") {
    const other = best(scored.parts.slice(scored.leads), t, namedPart);
    if (other.status !== "not_covered") result = other;
  }
  const { status, pick } = result;
  let missing: string[] = [];
  if (status === "review" && pick) {
    // What the item asks that the unit leaves unstated: its qualifiers and, when it covers only
    // part of the item, the item's own words for the rest.
    const whole = scored.parts[0]?.find((c) => c.unit === pick.unit) ?? pick;
    missing = Array.from(new Set([...whole.missing, ...pick.missing, ...(whole.coverage < t.answer ? whole.uncovered : [])])).slice(0, NAMED);
  }
  return { status, unit: status === "not_covered" ? undefined : pick?.unit, confidence: pick?.coverage ?? 0, missing, candidates: result.list.slice(0, EXPLAINED) };
}
