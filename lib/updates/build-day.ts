/**
 * Today in UTC ("YYYY-MM-DD"): pages are static, so "current" subprocessors and "the last 12
 * months" are as of the build. BUILD_DAY pins it (tests; reproducible builds).
 */
export function buildDay(): string {
  return process.env.BUILD_DAY ?? new Date().toISOString().slice(0, 10);
}
