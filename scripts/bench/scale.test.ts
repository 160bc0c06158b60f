import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContentDir } from "../../lib/content/source-files";
import { findContentProblems } from "../../lib/content/validate";
import { growthExponent } from "./growth.mjs";
import { copySection, scaledSections } from "./scale-content.mjs";

const mdx = (id: string, order: number, title: string) =>
  `---\nid: ${id}\ntitle: ${title}\nsummary: S.\norder: ${order}\nupdated: 2026-11-28\naliases:\n  - old-${id}\n---\n\nText.\n\n## First [#${id}-first]\n\n### Second [#${id}-second]\n`;

describe("scaledSections", () => {
  it("copies the originals into as many sections as asked, which pass the site's content rules", () => {
    const originals = (title: string) => [
      { id: "a", order: 2, mdx: mdx("a", 2, title) },
      { id: "b", order: 1, mdx: mdx("b", 1, title) },
    ];
    const root = mkdtempSync(path.join(tmpdir(), "scale-"));
    try {
      for (const [locale, title] of [
        ["en", "Backups"],
        ["zh", "备份"],
      ] as const) {
        const files = scaledSections(originals(title), 5);
        expect([...files.keys()]).toEqual(["b.mdx", "a.mdx", "b-1.mdx", "a-1.mdx", "b-2.mdx"]);
        mkdirSync(path.join(root, locale));
        for (const [name, text] of files) writeFileSync(path.join(root, locale, name), text);
      }
      expect(findContentProblems(readContentDir(root))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("makes a copy's id, heading ids and order unique and drops its aliases", () => {
    const copy = copySection(mdx("a", 2, "A"), 3, 40);
    expect(copy).toContain("id: a-3\n");
    expect(copy).toContain("order: 40\n");
    expect(copy).toContain("## First [#a-first-3]");
    expect(copy).toContain("### Second [#a-second-3]");
    expect(copy).not.toContain("aliases");
  });
});

describe("growthExponent", () => {
  it("is 1 for linear growth and 2 for quadratic", () => {
    expect(growthExponent({ n: 10, value: 5 }, { n: 100, value: 50 })).toBeCloseTo(1);
    expect(growthExponent({ n: 10, value: 5 }, { n: 100, value: 500 })).toBeCloseTo(2);
  });
});
