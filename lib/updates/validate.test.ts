import { describe, expect, it } from "vitest";
import type { SubprocessorFile } from "../subprocessors/schema";
import type { UpdateDoc } from "./source-files";
import { findUpdateProblems } from "./validate";

const LIST_FILE = "content/subprocessors.yaml";
const anchors = new Map([["backups", new Set(["database-backups"])]]);
const entry = (id: string, since: string, until?: string) => ({
  id,
  name: id,
  website: "https://example.com",
  purpose: { en: "p", zh: "p" },
  data: { en: "d", zh: "d" },
  since,
  ...(until ? { until } : {}),
});
const list = (...subprocessors: ReturnType<typeof entry>[]): SubprocessorFile => ({
  noticeDays: 30,
  firstPublished: "2026-11-29",
  subprocessors,
});
const update = (over: Partial<UpdateDoc>): UpdateDoc[] =>
  (["en", "zh"] as const).map((locale) => ({
    file: `content/updates/${locale}/${over.id ?? "u"}.mdx`,
    locale,
    id: "u",
    kind: "subprocessor",
    date: "2026-12-01",
    effective: undefined,
    adds: [],
    removes: [],
    links: [],
    ...over,
  }));

describe("the subprocessor notice rule", () => {
  it("passes the list as first published, without any announcement", () => {
    expect(findUpdateProblems([], anchors, list(entry("aws", "2026-11-29")), LIST_FILE)).toEqual([]);
  });

  it("fails naming the list when a subprocessor is added without an update", () => {
    const problems = findUpdateProblems(
      [],
      anchors,
      list(entry("aws", "2026-11-29"), entry("mailer", "2027-02-01")),
      LIST_FILE,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/subprocessors\.yaml: "mailer" is added on 2027-02-01 but no update of kind subprocessor adds it/,
      ),
    ]);
  });

  it("fails naming the update when the notice is shorter than noticeDays", () => {
    const docs = update({ id: "mailer", date: "2027-01-10", effective: "2027-02-01", adds: ["mailer"] });
    const problems = findUpdateProblems(docs, anchors, list(entry("mailer", "2027-02-01")), LIST_FILE);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/updates\/en\/mailer\.mdx: effective 2027-02-01 is 22 days after .* notice period is 30 days/,
      ),
    ]);
  });

  it("honours a configured notice period", () => {
    const docs = update({ id: "mailer", date: "2027-01-10", effective: "2027-02-01", adds: ["mailer"] });
    expect(
      findUpdateProblems(docs, anchors, { ...list(entry("mailer", "2027-02-01")), noticeDays: 14 }, LIST_FILE),
    ).toEqual([]);
  });

  it("requires removals to be announced, and the dates to agree", () => {
    const docs = update({ id: "bye", date: "2027-01-01", effective: "2027-03-01", removes: ["aws"] });
    const problems = findUpdateProblems(docs, anchors, list(entry("aws", "2026-11-29", "2027-03-02")), LIST_FILE);
    expect(problems).toEqual([
      `${LIST_FILE}: "aws" is removed on 2027-03-02 but content/updates/en/bye.mdx says effective 2027-03-01`,
    ]);
  });

  it("names updates that announce an unknown subprocessor or lack an effective date", () => {
    const problems = findUpdateProblems(
      update({ adds: ["ghost"] }),
      anchors,
      list(entry("aws", "2026-11-29")),
      LIST_FILE,
    );
    expect(problems.join("\n")).toMatch(/u\.mdx: effective: an update that adds or removes/);
    expect(problems.join("\n")).toMatch(/u\.mdx: "ghost" is not in content\/subprocessors\.yaml/);
  });
});

describe("update files", () => {
  it("resolve their links to sections, headings and pages", () => {
    const docs = update({
      kind: "security",
      links: ["backups#database-backups", "subprocessors", "backups#nope", "nowhere"],
    });
    const problems = findUpdateProblems(docs.slice(0, 1), anchors, undefined, LIST_FILE).filter((p) =>
      p.includes("links"),
    );
    expect(problems).toEqual([
      'content/updates/en/u.mdx: links: "backups#nope": section "backups" has no heading #nope',
      'content/updates/en/u.mdx: links: "nowhere" names no section (or one of subprocessors, status, changes)',
    ]);
  });

  it("tell the same facts in both locales", () => {
    const [en, zh] = update({ kind: "security" });
    const problems = findUpdateProblems([en!, { ...zh!, date: "2026-12-02" }], anchors, undefined, LIST_FILE);
    expect(problems).toEqual(["content/updates/zh/u.mdx: date differs from content/updates/en/u.mdx"]);
  });

  it("may not take a reserved id or another name than their file's", () => {
    const problems = findUpdateProblems(
      update({ id: "kind", kind: "policy", file: "content/updates/en/other.mdx" }).slice(0, 1),
      anchors,
      undefined,
      LIST_FILE,
    );
    expect(problems.join("\n")).toMatch(/id "kind" must be .* not kind/);
    expect(problems.join("\n")).toMatch(/must match the file name "other\.mdx"/);
  });
});
