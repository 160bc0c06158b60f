// A question's phrase is covered where its words stand together, not where they are scattered:
// "water detection system" is not covered by a text that says "water-based fire suppression"
// in one place and "smoke detection" in another. In English and Chinese alike a phrase ends
// in its head ("detection system", "入侵检测"), and the words before it say which kind: a
// unit that has the head covers only the words found next to it; a unit without the head
// covers the rest of the phrase where they stand together.

/** Where each term stands in a unit's text; separate parts of a unit are far apart. */
export type Positions = Map<string, number[]>;

/** Terms of the unit's text apart (in positions) by more than this are not one phrase. */
export const PART_GAP = 1000;

/** Positions of the terms of a unit's parts (question, key terms, text), one part after another. */
export function positionsOf(parts: string[][]): Positions {
  const positions: Positions = new Map();
  let offset = 0;
  for (const terms of parts) {
    terms.forEach((term, i) => {
      const list = positions.get(term);
      if (list) list.push(offset + i);
      else positions.set(term, [offset + i]);
    });
    offset += terms.length + PART_GAP;
  }
  return positions;
}

/**
 * The phrase's terms that the unit states together: the largest set (by weight) found within
 * a window of the phrase's length plus `slack`, and holding the phrase's head when the unit
 * has it. Terms of the phrase the unit has elsewhere are not covered by it.
 */
export function coherentTerms(
  phrase: string[],
  positions: Positions,
  weight: (term: string) => number,
  head: string | undefined,
  slack = 2,
): string[] {
  if (phrase.length === 1) return phrase[0] !== undefined && positions.has(phrase[0]) ? [phrase[0]] : [];
  const present = phrase.filter((t) => positions.has(t));
  if (present.length <= 1) return present;
  const mustHold = head !== undefined && positions.has(head) ? head : undefined;
  const events: [number, string][] = [];
  for (const term of present) for (const p of positions.get(term) ?? []) events.push([p, term]);
  events.sort((a, b) => a[0] - b[0]);
  const span = phrase.length + slack;
  const all = present.reduce((sum, t) => sum + weight(t), 0);
  let best: string[] = mustHold ? [mustHold] : [present.reduce((a, b) => (weight(b) > weight(a) ? b : a))];
  let bestWeight = best.reduce((sum, t) => sum + weight(t), 0);
  // A window slides over the terms in text order, counting each term it holds and their weight.
  const inWindow = new Map<string, number>();
  let held = 0;
  let left = 0;
  for (let right = 0; right < events.length; right++) {
    const [end, term] = events[right] ?? [0, ""];
    const n = inWindow.get(term) ?? 0;
    inWindow.set(term, n + 1);
    if (n === 0) held += weight(term);
    while ((events[left]?.[0] ?? 0) < end - span) {
      const gone = events[left]?.[1] ?? "";
      const m = (inWindow.get(gone) ?? 1) - 1;
      if (m === 0) {
        inWindow.delete(gone);
        held -= weight(gone);
      } else inWindow.set(gone, m);
      left++;
    }
    if (mustHold && !inWindow.has(mustHold)) continue;
    if (held > bestWeight + 1e-9) {
      [best, bestWeight] = [[...inWindow.keys()], held];
      // All of the phrase the unit has, together: no window holds more.
      if (bestWeight >= all - 1e-9) break;
    }
  }
  return best;
}

/** What a question asks, as the coverage needs it (lib/questionnaire/question.ts). */
export type Phrasing = { phrases: string[][]; alternatives: number[][][]; verbFirst: boolean[] };

/**
 * `otherKind`: words of a phrase whose head the unit covers, which the unit never uses though
 * the site does elsewhere ("IP" in "IP allowlisting" against a text about allowing ports): the
 * unit speaks of another kind of the thing asked.
 */
export type Coverage = {
  covered: number;
  total: number;
  together: Set<string>;
  counted: string[];
  otherKind: string[];
};

/**
 * How much of a question's topic (by weight) a unit states, each phrase where its words stand
 * together, each choice by its best alternative; and the terms counted. Prepared once per
 * question, then applied to each unit's positions.
 */
export function coverageOf(
  asked: Phrasing,
  weight: (term: string) => number,
  isHead: (term: string) => boolean,
  known: (term: string) => boolean,
): (positions: Positions, keys?: string[][]) => Coverage {
  // A term repeated in several phrases counts once, in the first.
  const seen = new Set<string>();
  const own = asked.phrases.map((phrase) => phrase.filter((t) => !seen.has(t) && seen.add(t)));
  const inChoice = new Set(asked.alternatives.flat(2));
  const plain = own.filter((_, i) => !inChoice.has(i)).flat();
  const choices = asked.alternatives.map((choice) =>
    choice.map((alternative) => alternative.flatMap((i) => own[i] ?? [])),
  );
  // Summed in the order of the terms, always from the first: the same sums as term by term.
  const sum = (terms: string[], only?: Set<string>, from = 0) => {
    let s = from;
    for (const t of terms) if (!only || only.has(t)) s += weight(t);
    return s;
  };
  // What does not depend on the unit is worked out once per question, not once per unit.
  const plainWeight = sum(plain);
  const choiceWeights = choices.map((options) => options.map((terms) => sum(terms)));
  // A phrase's head: its last word that says something (not "system", "data").
  const heads = asked.phrases.map((phrase) => [...phrase].reverse().find(isHead));
  const phraseSets = asked.phrases.map((phrase) => new Set(phrase));
  // Words of a phrase that may name another kind of its head: English only (a Chinese run
  // without spaces is as often a clause, "访客进入数据中心", as a name), not a verb that opens the
  // phrase, and words the site uses.
  const kinds = asked.phrases.map((phrase, i) =>
    phrase.filter(
      (t, k) => t !== heads[i] && /^[a-z0-9]/.test(t) && !(k === 0 && asked.verbFirst[i]) && isHead(t) && known(t),
    ),
  );
  // Whether one of the phrases holds all of a key's words: units of one section share its title
  // and headings, so each key is looked up once per question.
  const holding = new Map<string[], boolean>();
  const held = (key: string[]) => {
    let found = holding.get(key);
    if (found === undefined)
      holding.set(key, (found = phraseSets.some((inPhrase) => key.every((t) => inPhrase.has(t)))));
    return found;
  };
  return (positions, keys = []) => {
    const together = new Set<string>();
    asked.phrases.forEach((phrase, i) => {
      for (const term of coherentTerms(phrase, positions, weight, heads[i])) together.add(term);
    });
    // Words of a phrase that the unit names as one of its key terms ("server build" in "server
    // build standards") stand together there, whatever else the phrase says.
    for (const key of keys) if (key.length > 1 && held(key)) for (const t of key) together.add(t);
    const counted = [...plain];
    let total = plainWeight;
    choices.forEach((options, c) => {
      const weights = choiceWeights[c] ?? [];
      let best = 0;
      let bestRatio = 0;
      let bestTogether = 0;
      options.forEach((terms, k) => {
        const all = weights[k] ?? 0;
        const inUnit = sum(terms, together);
        const ratio = all > 0 ? inUnit / all : 0;
        if (k === 0 || ratio > bestRatio + 1e-9 || (Math.abs(ratio - bestRatio) < 1e-9 && inUnit > bestTogether))
          [best, bestRatio, bestTogether] = [k, ratio, inUnit];
      });
      const terms = options[best] ?? [];
      counted.push(...terms);
      total = sum(terms, undefined, total);
    });
    const otherKind: string[] = [];
    asked.phrases.forEach((_, i) => {
      const head = heads[i];
      // Only phrases that count: not the alternatives a choice left aside.
      if (!head || !together.has(head) || !counted.includes(head)) return;
      for (const t of kinds[i] ?? []) if (!positions.has(t)) otherKind.push(t);
    });
    return { covered: sum(counted, together), total, together, counted, otherKind };
  };
}

/** Whether all of `terms` stand within a window of their number plus `slack` somewhere in the text. */
export function standTogether(terms: string[], positions: Positions, slack = 2): boolean {
  const wanted = Array.from(new Set(terms));
  if (!wanted.every((t) => positions.has(t))) return false;
  if (wanted.length <= 1) return wanted.length === 1;
  const events: [number, string][] = wanted.flatMap((t) =>
    (positions.get(t) ?? []).map((p) => [p, t] as [number, string]),
  );
  events.sort((a, b) => a[0] - b[0]);
  const span = wanted.length + slack;
  const inWindow = new Map<string, number>();
  let left = 0;
  for (const [end, term] of events) {
    inWindow.set(term, (inWindow.get(term) ?? 0) + 1);
    while ((events[left]?.[0] ?? 0) < end - span) {
      const gone = events[left]?.[1] ?? "";
      inWindow.set(gone, (inWindow.get(gone) ?? 1) - 1);
      if (inWindow.get(gone) === 0) inWindow.delete(gone);
      left++;
    }
    if (inWindow.size === wanted.length) return true;
  }
  return false;
}
