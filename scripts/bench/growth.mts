// How a cost grows with the input: the slope between two points on a log-log plot. 1 is
// linear, 2 quadratic; below 1 means fixed costs still dominate.
export function growthExponent(from: { n: number; value: number }, to: { n: number; value: number }): number {
  return Math.log(to.value / from.value) / Math.log(to.n / from.n);
}
