/** Coverage an answer needs (with every qualifier stated), and a review needs. */
export type Thresholds = { answer: number; review: number };

/** Chosen by `npm run bench:questionnaire` on all five sets (see the README's table). */
export const DEFAULT_THRESHOLDS: Thresholds = { answer: 0.7, review: 0.4 };
