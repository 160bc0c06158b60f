import { describe, expect, it } from "vitest";
import { outline } from "./outline";
import { readContentDir } from "./source-files";
import { findContentProblems, type ContentDoc } from "./validate";

const SECTION_IDS = [
  "overview",
  "compliance",
  "physical-security",
  "environmental-safeguards",
  "network-security",
  "data-security",
  "system-security",
  "backups",
  "disaster-recovery",
  "customer-data-access",
];

function doc(locale: string, id: string, order: number, body = "", aliases?: string[]): ContentDoc {
  return { file: `content/${locale}/${id}.mdx`, locale, id, order, headings: outline(body).headings, aliases };
}
const pair = (id: string, order: number, body = "", aliases?: string[]) => [
  doc("en", id, order, body, aliases),
  doc("zh", id, order, body, aliases),
];

describe("the site's content", () => {
  const docs = readContentDir("content");

  it("passes every site-wide rule", () => {
    expect(findContentProblems(docs)).toEqual([]);
  });

  it("has the ten sections, in order, in both locales", () => {
    for (const locale of ["en", "zh"]) {
      const ids = docs
        .filter((d) => d.locale === locale)
        .sort((a, b) => a.order - b.order)
        .map((d) => d.id);
      expect(ids).toEqual(SECTION_IDS);
    }
  });
});

describe("site-wide content rules", () => {
  it("accepts a consistent pair of locales", () => {
    expect(findContentProblems([...pair("a", 1, "## X [#x]"), ...pair("b", 2, "## Y [#y]")])).toEqual([]);
  });

  it("rejects a section id used twice, naming both files", () => {
    const docs = [...pair("a", 1), { ...doc("en", "a", 2), file: "content/en/a-copy.mdx" }];
    const problems = findContentProblems(docs);
    expect(
      problems.some(
        (p) =>
          p.startsWith("content/en/a-copy.mdx") && p.includes('section id "a" is already used at content/en/a.mdx'),
      ),
    ).toBe(true);
  });

  it("rejects a heading id used twice across the site, with file and line", () => {
    const problems = findContentProblems([...pair("a", 1, "## X [#dup]"), ...pair("b", 2, "text\n## Y [#dup]")]);
    expect(problems).toContain('content/en/b.mdx:2: heading id "dup" is already used at content/en/a.mdx:1');
  });

  it("rejects a heading id that equals a section id", () => {
    const problems = findContentProblems([...pair("a", 1, "## B [#b]"), ...pair("b", 2)]);
    expect(problems.some((p) => p.includes('heading id "b" is already used at content/en/b.mdx'))).toBe(true);
  });

  it("rejects a heading without an explicit id", () => {
    const problems = findContentProblems(pair("a", 1, "## Firewalls"));
    expect(problems).toContain('content/en/a.mdx:1: heading "Firewalls" needs an explicit id such as [#firewalls]');
  });

  it("rejects an id that does not match its file name", () => {
    const problems = findContentProblems([{ ...doc("en", "a", 1), file: "content/en/other.mdx" }, doc("zh", "a", 1)]);
    expect(problems).toContain('content/en/other.mdx: id "a" must match the file name "other.mdx"');
  });

  it("reports a section missing from one locale", () => {
    const problems = findContentProblems([...pair("a", 1), doc("en", "b", 2)]);
    expect(problems).toContain('content/en/b.mdx: section "b" has no zh version (content/zh/b.mdx)');
  });

  it("reports headings that differ between locales", () => {
    const problems = findContentProblems([doc("en", "a", 1, "## X [#x]"), doc("zh", "a", 1, "## X [#y]")]);
    expect(problems).toContain("content/zh/a.mdx: headings [y] differ from content/en/a.mdx [x]");
  });

  it("rejects malformed aliases and aliases pointing nowhere", () => {
    const problems = findContentProblems(pair("a", 1, "## X [#x]", ["Old Name", "#old -> missing"]));
    expect(problems).toContain(
      'content/en/a.mdx: alias "Old Name" is neither a section id nor "#old-anchor -> new-anchor"',
    );
    expect(problems).toContain(
      'content/en/a.mdx: alias "#old -> missing" points to "#missing", which no heading in this file has',
    );
  });

  it("rejects an alias that shadows a live id", () => {
    const problems = findContentProblems([...pair("a", 1, "", ["b"]), ...pair("b", 2)]);
    expect(problems.some((p) => p.includes('alias "b" is already used at content/en/b.mdx'))).toBe(true);
  });
});

describe("the change log", () => {
  const logged = (updated: string, dates: string[], locale = "en"): ContentDoc => ({
    ...doc(locale, "backups", 8),
    updated,
    changes: dates.map((date) => ({ date, summary: "Reworded." })),
  });

  it("passes when updated is the newest entry", () => {
    expect(
      findContentProblems([
        logged("2027-01-05", ["2026-11-29", "2027-01-05"]),
        logged("2027-01-05", ["2026-11-29", "2027-01-05"], "zh"),
      ]),
    ).toEqual([]);
  });

  it("fails naming the file when updated moves without an entry", () => {
    expect(
      findContentProblems([
        logged("2027-01-05", ["2026-11-29"]),
        logged("2027-01-05", ["2026-11-29", "2027-01-05"], "zh"),
      ]),
    ).toEqual([
      "content/en/backups.mdx: updated is 2027-01-05 but the newest entry of changes is 2026-11-29; add a changes entry dated 2027-01-05 saying what changed",
      "content/zh/backups.mdx: changes dated [2026-11-29, 2027-01-05] differ from content/en/backups.mdx [2026-11-29]",
    ]);
  });

  it("fails when an entry is later than updated", () => {
    expect(findContentProblems([logged("2026-11-29", ["2026-11-29", "2027-01-05"])]).join("\n")).toMatch(
      /updated is 2026-11-29 but the newest entry of changes is 2027-01-05/,
    );
  });
});
