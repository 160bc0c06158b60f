import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadAnswerBase, loadLibrary } from "@/lib/answers/load";
import { locales } from "@/lib/i18n/locales";
import { createMatcher } from "@/lib/questionnaire/matcher";
import { markdownBlocks, unsupportedClaims } from "./claims";

// The questions a buyer asks to find out whether the company itself holds a certification or
// states more than it does. None of them may come back "answered".
const OVERREACHING = {
  en: [
    "Is UpKeep ISO 27001 certified?",
    "Do you have a SOC 2 Type II report?",
    "What is your RPO?",
    "What is your recovery point objective?",
    "Is all data encrypted at rest and in transit?",
    "Is your organisation PCI DSS certified?",
  ],
  zh: [
    "UpKeep 是否通过 ISO 27001 认证？",
    "贵方是否有 SOC 2 Type II 报告？",
    "贵方的 RPO 是多少？",
    "贵方的恢复点目标是多少？",
    "是否对静态数据和传输中的数据都进行加密？",
  ],
} as const;

describe("the site claims nothing the company did not state", () => {
  it("the claim check itself catches SOC 2 and certifications presented as the company's", () => {
    expect(unsupportedClaims(["UpKeep holds a SOC 2 Type II report."])).toHaveLength(2);
    expect(unsupportedClaims(["We are ISO 27001 certified."])).toHaveLength(2);
    expect(unsupportedClaims(["Certifications of our infrastructure", "ISO 27001"])).toHaveLength(2);
    expect(unsupportedClaims(["UpKeep 已通过 ISO 27001 认证。"])).toHaveLength(2);
    expect(
      unsupportedClaims([
        "Amazon's data center operations hold ISO 27001.",
        "SOC 1 / SSAE 16 / ISAE 3402 (formerly SAS 70 Type II), per AWS",
      ]),
    ).toEqual([]);
  });

  for (const locale of locales) {
    it(`every ${locale} section says whose each certification is and names no SOC 2`, () => {
      const dir = path.join("content", locale);
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".mdx"))) {
        expect(unsupportedClaims(markdownBlocks(readFileSync(path.join(dir, file), "utf8"))), `${dir}/${file}`).toEqual(
          [],
        );
      }
    });

    it(`every ${locale} paragraph the matcher may quote says whose each certification is`, () => {
      const { passages } = loadAnswerBase(locale);
      expect(passages.length).toBeGreaterThan(30);
      expect(unsupportedClaims(passages.map((p) => p.text))).toEqual([]);
    });

    it(`every ${locale} answer of the library says whose each certification is`, () => {
      const entries = loadLibrary(locale);
      expect(entries.length).toBeGreaterThan(20);
      for (const entry of entries) expect(unsupportedClaims([entry.question, entry.answer]), entry.id).toEqual([]);
    });

    it(`${locale}: questions about the company's own certifications, or an RPO are not answered`, () => {
      const matcher = createMatcher(loadAnswerBase(locale));
      for (const question of OVERREACHING[locale])
        expect(matcher.match(question).status, question).not.toBe("answered");
    });
  }

  it("an export of certification questions from the command line claims nothing either", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "claims-"));
    const questions = [
      "question",
      "What certifications do your data centers hold?",
      "Is your hosting provider ISO 27001 certified?",
      "Which payment processor do you use?",
      ...OVERREACHING.en,
    ];
    writeFileSync(path.join(dir, "q.csv"), questions.join("\n"));
    const run = spawnSync(
      "node_modules/.bin/tsx",
      ["scripts/answer.mts", path.join(dir, "q.csv"), "--out", path.join(dir, "a.csv")],
      { encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(path.join(dir, "a.csv"), "utf8").replace(/^\uFEFF/, ""),
      { header: true },
    ).data;
    const byQuestion = new Map(rows.map((row) => [row.question, row]));
    // The export does answer what the site states: whose certifications, and who takes card payments.
    expect(byQuestion.get("What certifications do your data centers hold?")?.status).toBe("answered");
    expect(byQuestion.get("Which payment processor do you use?")?.status).toBe("answered");
    expect(unsupportedClaims(rows.map((row) => row.answer ?? ""))).toEqual([]);
    for (const question of OVERREACHING.en) expect(byQuestion.get(question)?.status, question).not.toBe("answered");
  });
});
