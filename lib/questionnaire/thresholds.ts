/**
 * Coverage an answer needs (with every qualifier stated), a review needs, and a review needs
 * when the item names what the unit is about (`focus`).
 */
export type Thresholds = { answer: number; review: number; focus: number };

/** Chosen by `npm run bench:questionnaire` on all five sets (see the README's table). */
export const DEFAULT_THRESHOLDS: Thresholds = { answer: 0.7, review: 0.4, focus: 0.2 };
