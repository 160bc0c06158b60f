import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { renderUpdatesFeed } from "./feed";
import { getUpdates, type Update } from "./updates";

// Feeds are read back with feedsmith, a parser other than the `feed` library that writes them.
const update = (id: string, kind: string, date: string): Update =>
  ({
    ...getUpdates("en")[0]!,
    id,
    kind,
    date: `${date}T00:00:00.000Z`,
    title: `Title ${id}`,
    summary: `Summary ${id}`,
    html: `<p>Body ${id}</p>`,
  }) as Update;
const text = (value: unknown) =>
  typeof value === "object" && value && "value" in value ? String(value.value) : String(value);
const updates = [update("newer", "subprocessor", "2027-01-02"), update("older", "security", "2026-12-01")];

describe("update feeds", () => {
  it.each(["en", "zh"] as const)("are Atom a feed reader parses, newest first with stable ids (%s)", (locale) => {
    const feed = parseAtomFeed(renderUpdatesFeed("atom", locale, updates, undefined));
    expect(feed.entries?.map((e) => text(e.title))).toEqual(["Title newer", "Title older"]);
    const prefix = locale === "en" ? "" : "/zh";
    expect(feed.entries?.[0]?.id).toBe(`http://localhost:3000${prefix}/updates/newer`);
    expect(text(feed.entries?.[0]?.summary)).toBe("Summary newer");
    expect(text(feed.entries?.[0]?.content)).toContain("Body newer");
    expect(feed.updated).toBe("2027-01-02T00:00:00.000Z");
    expect(feed.links?.find((l) => l.rel === "self")?.href).toBe(`http://localhost:3000${prefix}/updates/feed.atom`);
  });

  it.each(["en", "zh"] as const)("are JSON Feed 1.1 (%s)", (locale) => {
    const json = renderUpdatesFeed("json", locale, updates, "subprocessor");
    const feed = parseJsonFeed(JSON.parse(json));
    expect(JSON.parse(json).version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.language).toBe(locale === "en" ? "en" : "zh-CN");
    expect(feed.authors?.[0]?.name).toBe("UpKeep");
    expect(feed.items?.map((i) => [i.id, i.date_published])).toEqual([
      [`http://localhost:3000${locale === "en" ? "" : "/zh"}/updates/newer`, "2027-01-02T00:00:00.000Z"],
      [`http://localhost:3000${locale === "en" ? "" : "/zh"}/updates/older`, "2026-12-01T00:00:00.000Z"],
    ]);
    expect(feed.feed_url).toMatch(/\/updates\/kind\/subprocessor\/feed\.json$/);
    expect(feed.title).toBe(
      locale === "en" ? "UpKeep Trust Center: Subprocessor updates" : "UpKeep 信任中心：子处理者变更",
    );
  });

  it("give the same bytes for the same updates on every build", () => {
    const a = renderUpdatesFeed("atom", "en", updates, undefined, new Date("2030-01-01"));
    const b = renderUpdatesFeed("atom", "en", updates, undefined, new Date("2031-01-01"));
    expect(a).toBe(b);
  });

  it("carry the published updates of each kind (the subprocessor feed lists the subprocessor update)", () => {
    for (const locale of ["en", "zh"] as const) {
      const feed = parseAtomFeed(renderUpdatesFeed("atom", locale, getUpdates(locale, "subprocessor"), "subprocessor"));
      expect(feed.entries?.map((e) => e.id)).toEqual([expect.stringMatching(/\/updates\/subprocessors-listed$/)]);
      expect(text(feed.entries?.[0]?.content)).toContain("Stripe");
    }
  });
});
