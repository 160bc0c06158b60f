// Recorded AWS Config responses hold their times relative to the moment of recording, so a
// replay (the demo, or a recording attached to a bug report) shows the same ages it had then,
// however much later it is served.
//
// A template is `{{now}}` or `{{now-<amount><unit>…}}`: units s, m, h, d; amounts may have
// decimals; terms add up (`{{now-1d-2h}}`, `{{now-754.123s}}`); `+` terms lie in the future. When a body is served:
// - a JSON string value that is exactly one template becomes a number of epoch seconds, as AWS
//   JSON 1.1 sends timestamps (`"LastSuccessfulEvaluationTime": "{{now-22m}}"` → 1764338700);
// - a template anywhere else (inside the JSON text of a SelectResourceConfig row or of a
//   configuration item) becomes an ISO 8601 time, as AWS Config writes dates there.
const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const TEMPLATE = /\{\{now((?:[-+]\d+(?:\.\d+)?[smhd])*)\}\}/g;
// A whole JSON string token: not preceded by a backslash (which would make it a quote inside a string).
const WHOLE_VALUE = /(?<!\\)"\{\{now((?:[-+]\d+(?:\.\d+)?[smhd])*)\}\}"/g;
const TERM = /([-+])(\d+(?:\.\d+)?)([smhd])/g;

function offsetMs(terms: string): number {
  let total = 0;
  for (const [, sign, amount, unit] of terms.matchAll(TERM))
    total += (sign === "-" ? 1 : -1) * Number(amount) * (UNIT_MS[unit ?? ""] ?? 0);
  return total;
}

/** The body text with every template replaced, relative to `now` (epoch ms). */
export function renderTemplates(text: string, now: number): string {
  const seconds = (terms: string) => String(Math.round(now - offsetMs(terms)) / 1000);
  return text
    .replace(WHOLE_VALUE, (_match, terms: string) => seconds(terms))
    .replace(TEMPLATE, (_match, terms: string) => new Date(Math.round(now - offsetMs(terms))).toISOString());
}

/** The template for a time `at` (epoch ms) seen at `now`: the inverse of renderTemplates. */
export function templateFor(at: number, now: number): string {
  const ago = now - at;
  if (ago === 0) return "{{now}}";
  const sign = ago > 0 ? "-" : "+";
  const seconds = Math.abs(ago) / 1000;
  return Number.isInteger(seconds / 60)
    ? `{{now${sign}${seconds / 60}m}}`
    : `{{now${sign}${Number(seconds.toFixed(3))}s}}`;
}

const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})/g;
// AWS JSON 1.1 timestamp members (epoch seconds) in the operations the site calls all end so.
const TIMESTAMP_MEMBER = /(?:Time|Timestamp)$/;

function relative(value: unknown, key: string, now: number): unknown {
  if (Array.isArray(value)) return value.map((item) => relative(item, "", now));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, relative(v, k, now)]));
  if (typeof value === "number" && TIMESTAMP_MEMBER.test(key)) return templateFor(value * 1000, now);
  if (typeof value === "string") return value.replace(ISO_TIME, (iso) => templateFor(Date.parse(iso), now));
  return value;
}

/**
 * A response body with its times made relative to `now` (when it was recorded): the inverse of
 * renderTemplates, so a replay shows the ages the recording saw.
 */
export function withRelativeTimes(body: string, now: number): string {
  try {
    return JSON.stringify(relative(JSON.parse(body), "", now));
  } catch {
    return body; // not JSON (a broken answer is recorded as it came)
  }
}
