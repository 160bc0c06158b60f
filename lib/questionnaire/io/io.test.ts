import { readFileSync } from "node:fs";
import readXlsxFile from "read-excel-file/universal";
import writeXlsxFile from "write-excel-file/universal";
import { describe, expect, it } from "vitest";
import { QuestionnaireError } from "./errors";
import { guessLayout, questionRows } from "./layout";
import { readPasted, readQuestionnaireFile } from "./read";
import { buildTable, neutralize, toCsv, toXlsx } from "./write";

const fixture = (name: string) => new Uint8Array(readFileSync(`lib/questionnaire/io/fixtures/${name}`));
const errorOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return error instanceof QuestionnaireError ? error.code : String(error);
  }
  return "no error";
};

describe("reading questionnaires", () => {
  it("reads CSV in GBK, UTF-16 with and without a byte-order mark", async () => {
    for (const name of ["gbk.csv", "utf16le-bom.csv", "utf16be.csv"]) {
      const book = await readQuestionnaireFile(name, fixture(name));
      const layout = guessLayout(book);
      expect(questionRows(book, layout).map((r) => r.text), name).toEqual(["数据库多久备份一次？", "是否使用防火墙，默认拒绝所有访问？"]);
    }
  });

  it("refuses empty files and binary junk renamed .csv with a reason", async () => {
    expect(await errorOf(() => readQuestionnaireFile("empty.csv", new Uint8Array()))).toBe("empty");
    expect(await errorOf(() => readQuestionnaireFile("junk.csv", fixture("junk.csv")))).toBe("binary");
    expect(await errorOf(() => readQuestionnaireFile("old.xls", new TextEncoder().encode("not really")))).toBe("unsupported");
    expect(await errorOf(async () => readPasted(" \n \n"))).toBe("empty_paste");
  });

  it("reads every sheet of an XLSX, skipping a merged title row above the table", async () => {
    const blob = await writeXlsxFile([
      { sheet: "Cover", data: [[{ value: "Vendor assessment" }]] },
      {
        sheet: "Security",
        data: [
          [{ value: "Acme vendor security questionnaire 2026", columnSpan: 3 }, null, null],
          [{ value: "ID" }, { value: "Question" }, { value: "Notes" }],
          [{ value: "Q1" }, { value: "How often are database backups taken?" }, { value: "" }],
          [{ value: "Q2" }, { value: "Do you use firewalls?" }, { value: "see policy" }],
        ],
      },
    ]).toBlob();
    const book = await readQuestionnaireFile("q.xlsx", new Uint8Array(await blob.arrayBuffer()));
    expect(book.sheets.map((s) => s.name)).toEqual(["Cover", "Security"]);
    const layout = guessLayout(book);
    expect(layout).toEqual({ sheet: 1, headerRow: 1, questionColumn: 1 });
    expect(questionRows(book, layout).map((r) => r.row)).toEqual([2, 3]);
  });

  it("handles a 20,000-row CSV", async () => {
    const lines = ["id,question", ...Array.from({ length: 20_000 }, (_, i) => `${i},"Question number ${i}, with a comma?"`)];
    const book = await readQuestionnaireFile("big.csv", new TextEncoder().encode(lines.join("\n")));
    expect(questionRows(book, guessLayout(book))).toHaveLength(20_000);
  });
});

describe("exporting answers", () => {
  it("keeps every original row and column in order and adds ours", async () => {
    const book = await readQuestionnaireFile("script.csv", fixture("script.csv"));
    const layout = guessLayout(book);
    const sheet = book.sheets[0] ?? { name: "", rows: [] };
    const table = buildTable(sheet, layout, { 1: ["yes", "/security/backups", "passing", "0.90"] }, ["Answer", "Source", "Evidence", "Confidence"]);
    expect(table[0]).toEqual(["question", "notes", "Answer", "Source", "Evidence", "Confidence"]);
    expect(table[1]?.slice(0, 2)).toEqual(["<script>alert(1)</script> Do you back up databases?", '=HYPERLINK("http://evil.example","x")']);
    expect(table[2]?.slice(2)).toEqual(["", "", "", ""]);
  });

  it("neutralises cells a spreadsheet would run as formulas in CSV", () => {
    expect(["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "plain", "中文"].map(neutralize)).toEqual(["'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tx", "plain", "中文"]);
    const csv = toCsv([["q", "=HYPERLINK(\"x\")"]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain(`'=HYPERLINK`);
  });

  it("writes XLSX cells as text, never as formulas, and reads back the same table", async () => {
    const table = [["question", "Answer"], ["=1+1", "Daily snapshots"]];
    const blob = await toXlsx(table, "Answers");
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const [sheet] = await readXlsxFile(bytes.buffer);
    expect(sheet?.data).toEqual(table);
  });
});
