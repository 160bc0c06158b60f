import type { Messages } from "@/lib/i18n/catalogue";

// Qualifiers carry a question: "Are server builds documented?" asks for more than "Are servers
// built from standard images?", and a passage that states the second does not answer the
// first. A question whose qualifier no passage states is a review at most, with that
// qualifier named as what is missing. Terms are as lib/text/tokenize.ts produces them (its
// synonym groups put "written", "formal" and "书面" into "documented", and so on).

/** What the reader is told is missing: a qualifier's name in the catalogue, or the question's own words for a figure. */
export type QualifierKey = keyof Messages["questionnaire"]["qualifiers"];
export type QualifierLabel = { key: QualifierKey } | { said: string };

/** `elsewhere`: the qualifier moves the question to another place (offices, laptops), not a narrower one: a unit that does not state it does not apply at all. */
/**
 * `ofDocument`: the question asks what another document says (a contract, an SLA). The
 * whitepaper can suggest what that document would hold only where it states the rest of what
 * is asked: a text that merely shares the topic ("patching" for "the SLA's maximum exposure
 * window for patches") is no suggestion.
 */
type TermQualifier = {
  terms: string[];
  label: QualifierLabel;
  statedBy?: string[];
  statedPattern?: RegExp;
  elsewhere?: boolean;
  ofDocument?: boolean;
};

// What a passage must state (any of statedBy, default: terms) for the qualifier to be covered.
const FREQUENCY =
  /\bevery\b|\b\d+\s*(minutes?|hours?|days?|weeks?|months?)\b|\b(hourly|daily|weekly|monthly|quarterly|annually|yearly|continuous(ly)?|24x7|24\/7)\b|每\s*\d*|分钟|小时|7×24/i;

export const TERM_QUALIFIERS: TermQualifier[] = [
  { terms: ["documented"], label: { key: "documented" } },
  { terms: ["policy"], label: { key: "policy" } },
  { terms: ["tested"], label: { key: "tested" } },
  { terms: ["annually"], label: { key: "annually" } },
  { terms: ["quarterly"], label: { key: "quarterly" } },
  { terms: ["monthly"], label: { key: "monthly" } },
  {
    terms: ["regularly"],
    label: { key: "regularly" },
    statedPattern: FREQUENCY,
    statedBy: ["regularly", "annually", "quarterly", "monthly"],
  },
  { terms: ["audited"], label: { key: "audited" } },
  { terms: ["logged"], label: { key: "logged" } },
  { terms: ["monitored"], label: { key: "monitored" } },
  { terms: ["reviewed"], label: { key: "reviewed" } },
  { terms: ["approved"], label: { key: "approved" } },
  { terms: ["independent"], label: { key: "independent" } },
  { terms: ["atrest"], label: { key: "atRest" } },
  // A text about encrypted connections states how data in transit is protected.
  { terms: ["intransit"], label: { key: "inTransit" }, statedBy: ["intransit", "connect", "连接"] },
  { terms: ["twofactor"], label: { key: "twoFactor" } },
  { terms: ["device"], label: { key: "device" }, elsewhere: true },
  { terms: ["office"], label: { key: "office" }, elsewhere: true },
  { terms: ["retention"], label: { key: "retention" } },
  { terms: ["contract"], label: { key: "contract" }, ofDocument: true },
];

// Qualifiers asked by how a question is put rather than by one word.
export type PatternQualifier = { asks: RegExp; label: QualifierLabel; statedPattern: RegExp; elsewhere?: boolean };

// The customer as the one who acts: "customers", "the customer", "the agency", "we"; not "customer data".
const PARTY = String.raw`(?:(?:(?:the|your|its|their|our|potential|prospective|you)\s+)+(?:customers?|clients?|agency|agencies|tenants?|users?)|customers|clients|agencies|tenants|users|us|we)\b(?!\s+(?:data|information|records|content|accounts?)\b)`;

export const PATTERN_QUALIFIERS: PatternQualifier[] = [
  {
    asks: /\bhow (often|frequently)\b|\bfrequency\b|多久|频率|多长时间/i,
    label: { key: "howOften" },
    statedPattern: FREQUENCY,
  },
  {
    asks: /\bhow many\b|\bnumber of\b|多少个|几个/i,
    label: { key: "howMany" },
    statedPattern: /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b|[一二三四五六七八九十两]个/i,
  },
  {
    asks: /\b(rto|rpo|recovery (time|point) objectives?)\b|恢复(时间|点)目标/i,
    label: { key: "recoveryObjectives" },
    statedPattern: /\b(rto|rpo|objective)\b|恢复(时间|点)目标/i,
  },
  // What the customer may do ("Do you allow customers to run their own penetration tests?", "Can
  // the agency review…", "…assessed by the agency") is another question than what the company
  // does, which is all the whitepaper states: only a text that says what customers may ask for applies.
  {
    asks: new RegExp(
      String.raw`\b(?:allows?|permits?|enables?|lets?)\s+${PARTY}(?:\s+(?:or|and)\s+(?:their|its)\s+\w+)?\s+to\b|\bcan\s+${PARTY}\b|\b(?:by|for)\s+${PARTY}\s+to\b|\bby\s+the\s+(?:customers?|clients?|agency|tenants?)\b|(?:允许|准许|让)(?:客户|用户|机构)|客户(?:能否|可否|是否可以|是否能够)`,
      "i",
    ),
    label: { key: "customerAction" },
    // No passage says what customers may do themselves.
    statedPattern: /$^/,
    elsewhere: true,
  },
];

// A figure the question names ("at least six months", "within 72 hours") must be stated as such.
const NUMBER_WORDS: Record<string, string> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  twelve: "12",
  thirty: "30",
  ninety: "90",
};
const FIGURE =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|ninety)[\s-]*(minute|hour|day|week|month|year)s?\b|(\d+)\s*(?:个)?(分钟|小时|天|周|个?月|年)/gi;

/** Figures with a unit, normalised ("six months" -> "6 month"), and how the text wrote them. */
export function figures(text: string): { key: string; said: string }[] {
  return Array.from(text.matchAll(FIGURE), (m) => {
    const number = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? m[1]) : (m[3] ?? "");
    const unit = (m[2] ?? m[4] ?? "").toLowerCase().replace(/^个/, "");
    return { key: `${number} ${unit}`, said: m[0] };
  });
}

// A question about the data centers is answered by a text that speaks of them: "Is access to the
// data center restricted?" is not answered by who may sign in to the operating systems.
export const PLACE = { term: "datacenter", label: { key: "dataCenters" } as QualifierLabel };

// Certification asked of the company itself, when the question names no one else who holds it.
// Every certification the whitepaper lists is its providers' (Amazon's, Stripe's).
export const OWN_CERTIFICATION = {
  terms: ["certification"],
  holders: ["aws", "datacenter", "stripe", "processor", "thirdparty", "infrastructur", "host"],
  label: { key: "ownCertification" } as const,
};
