import type { RecordedExchange } from "./format";

// A recording a user can attach to a bug report: account ids, ARNs, resource ids, annotations
// and paging tokens replaced by stable placeholders, the same value always by the same
// placeholder, in requests and responses alike, so a replay still asks what it recorded
// (GetAggregateComplianceDetailsByConfigRule names the placeholder account it was told about).
// Rule names, states, times and resource types stay: they are what a bug is about.

const ACCOUNT_ID = /(?<![\d.])\d{12}(?![\d.])/g;
const ARN = /arn:aws[\w-]*:[\w-]*:[\w-]*:\d{0,12}:[^"\s,\\]+/g;
// Members whose whole value identifies a resource or says something about it.
const ID_KEYS = new Set([
  "ResourceId",
  "resourceId",
  "ConfigRuleId",
  "SourceId",
  "dbiResourceId",
  "resourceName",
  "ResourceName",
]);
const TEXT_KEYS = new Set(["Annotation", "LastErrorMessage", "StatusMessage"]);

type Placeholders = { ids: Map<string, string>; made: Set<string>; next: Record<string, number> };

function placeholder(state: Placeholders, value: string, kind: string, make: (n: number) => string): string {
  const known = state.ids.get(value);
  if (known) return known;
  // A placeholder met again (an ARN's account, already replaced) stays as it is.
  if (state.made.has(value)) return value;
  const n = (state.next[kind] = (state.next[kind] ?? 0) + 1);
  const made = make(n);
  state.ids.set(value, made);
  state.made.add(made);
  return made;
}

function scrubText(text: string, state: Placeholders): string {
  const account = (id: string) => placeholder(state, id, "account", (n) => String(n).padStart(12, "0"));
  return text
    .replace(ARN, (arn) => {
      const [, partition, service, region, owner] = arn.split(":");
      return placeholder(
        state,
        arn,
        "arn",
        (n) => `arn:${partition}:${service}:${region}:${owner ? account(owner) : ""}:redacted-${n}`,
      );
    })
    .replace(ACCOUNT_ID, account);
}

function scrub(value: unknown, key: string, state: Placeholders): unknown {
  if (Array.isArray(value)) return value.map((item) => scrub(item, key, state));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, k, state)]));
  if (typeof value !== "string") return value;
  if (key === "NextToken") return placeholder(state, value, "token", (n) => `token-${n}`);
  if (TEXT_KEYS.has(key)) return placeholder(state, value, "text", (n) => `redacted text ${n}`);
  if (ID_KEYS.has(key)) return placeholder(state, value, "resource", (n) => `resource-${n}`);
  // JSON inside a string (advanced-query rows, configuration items) is scrubbed as JSON.
  if (/^\s*[{[]/.test(value)) {
    try {
      return JSON.stringify(scrub(JSON.parse(value), key, state));
    } catch {
      // not JSON after all
    }
  }
  return scrubText(value, state);
}

function scrubBody(body: string, state: Placeholders): string {
  try {
    return JSON.stringify(scrub(JSON.parse(body), "", state));
  } catch {
    return scrubText(body, state);
  }
}

export function anonymize(exchanges: RecordedExchange[]): RecordedExchange[] {
  const state: Placeholders = { ids: new Map(), made: new Set(), next: {} };
  return exchanges.map((e) => ({
    ...e,
    input: scrub(e.input, "", state) as Record<string, unknown>,
    body: scrubBody(e.body, state),
  }));
}
