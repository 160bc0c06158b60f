// NextToken / Limit handling shared by every operation.
//
// Tokens are stateless (base64url JSON) so they survive across responders, but they are bound to the
// operation and to a fingerprint of the query: a token replayed against another operation or other
// filters is rejected like AWS rejects it. Each token also carries its 1-based page index, which the
// fail-page fault reads.
import type { Operation } from "./account";
import { type Input, optionalInteger, optionalString } from "./input";
import { FakeServiceError, fnv1a } from "./wire";

type LimitRule = {
  /** Page size when the request sets no Limit (or 0). */
  defaultSize: number;
  /** Largest Limit the API accepts; undefined when the API has no Limit member. */
  max?: number;
  /** The error the API models for an out-of-range Limit. */
  limitError?: "InvalidLimitException" | "InvalidParameterValueException";
};

// Defaults and maxima from the AWS Config API reference; where AWS documents none ("The default is
// maximum", or no Limit member at all) we use what the service is seen to return.
const LIMITS: Record<Operation, LimitRule> = {
  DescribeConfigRules: { defaultSize: 25 },
  DescribeComplianceByConfigRule: { defaultSize: 25 },
  DescribeConfigRuleEvaluationStatus: { defaultSize: 50, max: 50, limitError: "InvalidParameterValueException" },
  GetComplianceDetailsByConfigRule: { defaultSize: 10, max: 100, limitError: "InvalidParameterValueException" },
  SelectResourceConfig: { defaultSize: 100, max: 100, limitError: "InvalidLimitException" },
  DescribeConformancePackCompliance: { defaultSize: 1000, max: 1000, limitError: "InvalidLimitException" },
  ListConformancePackComplianceScores: { defaultSize: 20, max: 20, limitError: "InvalidLimitException" },
  DescribeAggregateComplianceByConfigRules: { defaultSize: 1000, max: 1000, limitError: "InvalidLimitException" },
  GetAggregateComplianceDetailsByConfigRule: { defaultSize: 50, max: 100, limitError: "InvalidLimitException" },
  SelectAggregateResourceConfig: { defaultSize: 100, max: 100, limitError: "InvalidLimitException" },
  DescribeAggregateComplianceByConformancePacks: { defaultSize: 100, max: 100, limitError: "InvalidLimitException" },
  DescribeConfigurationAggregatorSourcesStatus: { defaultSize: 100, max: 100, limitError: "InvalidLimitException" },
  // Neither takes NextToken or Limit: every recorder comes in one answer.
  DescribeConfigurationRecorders: { defaultSize: 1_000_000 },
  DescribeConfigurationRecorderStatus: { defaultSize: 1_000_000 },
};

/** Page sizes per operation when the request sets no (or a larger) Limit: a service returning fewer items than asked for. */
export type PageSizes = Partial<Record<Operation, number>>;

type TokenState = { op: string; offset: number; page: number; query: string };

const PAGING_MEMBERS = new Set(["NextToken", "Limit", "MaxResults"]);

/** Canonical JSON (sorted keys) of the query members, so a token only fits the query that made it. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function queryFingerprint(input: Input): string {
  const query = Object.fromEntries(Object.entries(input).filter(([key]) => !PAGING_MEMBERS.has(key)));
  return fnv1a(canonical(query)).toString(36);
}

function encodeToken(state: TokenState): string {
  return Buffer.from(JSON.stringify(state)).toString("base64url");
}

function decodeToken(token: string): TokenState | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { op, offset, page, query } = parsed as Record<string, unknown>;
    if (typeof op !== "string" || typeof query !== "string") return undefined;
    if (typeof offset !== "number" || !Number.isInteger(offset) || offset < 1) return undefined;
    if (typeof page !== "number" || !Number.isInteger(page) || page < 2) return undefined;
    return { op, offset, page, query };
  } catch {
    return undefined;
  }
}

const invalidToken = () => new FakeServiceError("InvalidNextTokenException", "The nextToken provided is invalid");

/**
 * The 1-based page a request asks for: 1 without a NextToken, the encoded page otherwise, undefined
 * for a token we did not issue (normal handling then rejects it).
 */
export function pageIndexOf(operation: string, input: unknown): number | undefined {
  const token = typeof input === "object" && input !== null ? (input as Input).NextToken : undefined;
  if (token === undefined || token === null || token === "") return 1;
  if (typeof token !== "string") return undefined;
  const state = decodeToken(token);
  return state && state.op === operation ? state.page : undefined;
}

function pageSize(operation: Operation, input: Input, caps: PageSizes): number {
  const rule = LIMITS[operation];
  let size = rule.defaultSize;
  if (rule.max !== undefined) {
    const limit = optionalInteger(input, "Limit") ?? optionalInteger(input, "MaxResults");
    if (limit !== undefined && (limit < 0 || limit > rule.max)) {
      throw new FakeServiceError(
        rule.limitError ?? "InvalidLimitException",
        `Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to ${rule.max}`,
      );
    }
    if (limit) size = limit;
  }
  const cap = caps[operation];
  return cap !== undefined && cap > 0 ? Math.min(size, cap) : size;
}

/** Slices `items` for this request and mints the NextToken for the rest. */
export function paginate<T>(
  operation: Operation,
  input: Input,
  items: readonly T[],
  caps: PageSizes = {},
): { items: T[]; nextToken?: string } {
  const query = queryFingerprint(input);
  const token = optionalString(input, "NextToken");
  let offset = 0;
  let page = 1;
  if (token !== undefined && token !== "") {
    const state = decodeToken(token);
    if (!state || state.op !== operation || state.query !== query || state.offset > items.length) throw invalidToken();
    ({ offset, page } = state);
  }
  const size = pageSize(operation, input, caps);
  const end = offset + size;
  const slice = items.slice(offset, end);
  if (end >= items.length) return { items: slice };
  return { items: slice, nextToken: encodeToken({ op: operation, offset: end, page: page + 1, query }) };
}
