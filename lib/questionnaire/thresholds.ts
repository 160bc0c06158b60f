/**
 * Coverage a unit needs to answer an item (with every qualifier stated), and to be put up for
 * review when the item names what the unit is about (`focus`). A unit that would answer but
 * for a qualifier the item asks is put up for review too.
 */
export type Thresholds = { answer: number; focus: number };

/** Chosen by `npm run bench:questionnaire` on all five sets (see the README's table). */
export const DEFAULT_THRESHOLDS: Thresholds = { answer: 0.6, focus: 0.1 };
