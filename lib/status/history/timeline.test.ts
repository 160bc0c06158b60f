import { parseAtomFeed } from "feedsmith";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { config } from "@/test/status/builders";
import type { HistoryEntry } from "./entry";
import { statusFeed } from "./feed";
import { checkTimeline } from "./timeline";

const DAY = 86_400_000;
const END = new Date("2026-11-28T14:05:00Z");
const MIN = 60_000;
type State = HistoryEntry["items"][number]["state"];

/** A pull `ago` ms before END, valid for two hours. */
function pull(ago: number, state: State, id = "firewalls"): HistoryEntry {
  const at = new Date(END.getTime() - ago);
  const reason =
    state === "failing"
      ? ({ code: "rules_non_compliant", failing: 1, rules: 2 } as const)
      : ({ code: "rules_compliant", rules: 2 } as const);
  return {
    at: at.toISOString(),
    expiresAt: new Date(at.getTime() + 2 * 3600_000).toISOString(),
    source: "aws",
    items: [{ id, state, reason }],
  };
}

/** Pulls every `every` ms over `span`, oldest first, all in one state. */
const pulls = (span: number, every: number, state: State, offset = 0) =>
  Array.from({ length: Math.floor(span / every) }, (_, i) => pull(offset + span - i * every, state));

describe("a check's 90 days", () => {
  it("is one bar per UTC day, no data before the first pull", () => {
    const t = checkTimeline(pulls(3 * DAY, 15 * MIN, "passing"), "firewalls", END);
    expect(t.days).toHaveLength(90);
    expect(t.days.at(-1)).toEqual({ date: "2026-11-28", state: "passing" });
    expect(t.days.filter((d) => d.state === "no_data")).toHaveLength(86);
    expect(t.passingShare).toBe(1);
    expect(t.coveredFrom).toBe(new Date(END.getTime() - 3 * DAY).toISOString());
  });

  it("marks a day by the worst state it saw, and lists each change", () => {
    const entries = [
      ...pulls(2 * DAY, 15 * MIN, "passing", DAY),
      pull(DAY - 10 * MIN, "failing"),
      ...pulls(DAY - 60 * MIN, 15 * MIN, "passing"),
    ];
    const t = checkTimeline(entries, "firewalls", END);
    expect(t.days.slice(-3).map((d) => d.state)).toEqual(["passing", "failing", "passing"]);
    expect(t.changes.map((c) => [c.from, c.to])).toEqual([
      ["failing", "passing"],
      ["passing", "failing"],
    ]);
    expect(t.changes[1]?.reason).toEqual({ code: "rules_non_compliant", failing: 1, rules: 2 });
    expect(t.passingShare).toBeCloseTo(1 - 50 / (3 * 24 * 60), 3);
  });

  it("shows a gap in pulls past the snapshot's expiry as stale, never as passing", () => {
    const entries = [pull(2 * DAY, "passing"), pull(DAY, "passing")];
    const t = checkTimeline(entries, "firewalls", END);
    expect(t.changes.map((c) => [c.from, c.to, c.reason.code])).toEqual([
      ["passing", "stale", "snapshot_stale"],
      ["stale", "passing", "rules_compliant"],
      ["passing", "stale", "snapshot_stale"],
    ]);
    expect(t.passingShare).toBeCloseTo(4 / 48, 3);
  });

  it("has no share before there is any history", () => {
    expect(checkTimeline([], "firewalls", END)).toMatchObject({ passingShare: null, coveredFrom: null, changes: [] });
    expect(checkTimeline([pull(0, "passing")], "firewalls", END).passingShare).toBeNull();
  });
});

describe("the Atom feed of state changes", () => {
  const entries = [
    ...pulls(DAY, 30 * MIN, "passing", DAY),
    pull(DAY - 5 * MIN, "failing"),
    ...pulls(DAY - 60 * MIN, 30 * MIN, "passing"),
  ];

  it.each(["en", "zh"] as const)("is well-formed Atom a feed reader parses (%s)", (locale) => {
    const xml = statusFeed(config, entries, END, locale);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseAtomFeed(xml);
    expect(feed.entries).toHaveLength(2);
    const [newest, oldest] = feed.entries ?? [];
    expect((newest?.title as { value?: string } | undefined)?.value).toBe(
      locale === "en" ? "Firewalls: Failing → Passing" : "防火墙：未通过 → 通过",
    );
    expect(oldest?.updated).toBe(new Date(END.getTime() - DAY + 5 * MIN).toISOString());
    expect(new Set(feed.entries?.map((e) => e.id)).size).toBe(2);
    expect(
      feed.links?.some(
        (l) => l.rel === "self" && l.href?.endsWith(locale === "en" ? "/status/feed.atom" : "/zh/status/feed.atom"),
      ),
    ).toBe(true);
  });
});
