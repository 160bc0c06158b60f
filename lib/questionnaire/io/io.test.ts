import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import readXlsxFile from "read-excel-file/universal";
import writeXlsxFile from "write-excel-file/universal";
import { describe, expect, it } from "vitest";
import { getMessages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import {
  LIMITS,
  QuestionnaireError,
  questionnaireErrorText,
  type QuestionnaireErrorCode,
  type QuestionnaireErrorDetail,
} from "./errors";
import { guessLayout, questionRows } from "./layout";
import { readPasted, readQuestionnaireFile } from "./read";
import { buildTable, neutralize, toCsv, toXlsx } from "./write";

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/questionnaire-io/${name}`));
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
      expect(
        questionRows(book, layout).map((r) => r.text),
        name,
      ).toEqual(["数据库多久备份一次？", "是否使用防火墙，默认拒绝所有访问？"]);
    }
  });

  it("refuses empty files and binary junk renamed .csv with a reason", async () => {
    expect(await errorOf(() => readQuestionnaireFile("empty.csv", new Uint8Array()))).toBe("empty");
    expect(await errorOf(() => readQuestionnaireFile("junk.csv", fixture("junk.csv")))).toBe("binary");
    expect(await errorOf(() => readQuestionnaireFile("old.xls", new TextEncoder().encode("not really")))).toBe(
      "unsupported",
    );
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
    const lines = [
      "id,question",
      ...Array.from({ length: 20_000 }, (_, i) => `${i},"Question number ${i}, with a comma?"`),
    ];
    const book = await readQuestionnaireFile("big.csv", new TextEncoder().encode(lines.join("\n")));
    expect(questionRows(book, guessLayout(book))).toHaveLength(20_000);
  });
});

describe("hostile spreadsheets", () => {
  // A minimal XLSX around one worksheet: the zip's names are what the format fixes.
  const xlsx = (sheet: Uint8Array) =>
    zipSync(
      {
        "[Content_Types].xml": strToU8("<Types/>"),
        "xl/workbook.xml": strToU8("<workbook/>"),
        "xl/worksheets/sheet1.xml": sheet,
      },
      { level: 9 },
    );

  it("refuses a zip bomb at once, from the sizes it declares, before inflating it", async () => {
    const row = strToU8('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>');
    const huge = new Uint8Array(51 * 1024 * 1024);
    for (let i = 0; i < huge.length; i += row.length)
      huge.set(row.subarray(0, Math.min(row.length, huge.length - i)), i);
    const bomb = xlsx(huge);
    expect(bomb.length).toBeLessThan(LIMITS.bytes);
    const started = performance.now();
    expect(await errorOf(() => readQuestionnaireFile("bomb.xlsx", bomb))).toBe("too_large_unzipped");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses a sheet that names a cell far past the column or row limit", async () => {
    const far = (ref: string) =>
      xlsx(
        strToU8(
          `<worksheet><sheetData><row r="1"><c r="A1"/><c r="${ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
        ),
      );
    expect(await errorOf(() => readQuestionnaireFile("wide.xlsx", far("XFD1")))).toBe("too_many_columns");
    expect(await errorOf(() => readQuestionnaireFile("tall.xlsx", far("A1048576")))).toBe("too_many_rows");
    const wide = ["id", ...Array.from({ length: LIMITS.columns }, (_, i) => `c${i}`)].join(",");
    expect(await errorOf(() => readQuestionnaireFile("wide.csv", new TextEncoder().encode(`${wide}\n1`)))).toBe(
      "too_many_columns",
    );
  });

  it("says so in the reader's language", () => {
    const text = (code: QuestionnaireErrorCode, detail: QuestionnaireErrorDetail, locale: Locale) =>
      questionnaireErrorText({ code, detail }, getMessages(locale).questionnaire.errors, locale);
    expect(text("too_large_unzipped", { limit: 50 }, "en")).toContain("50 MB");
    expect(text("too_many_columns", { count: 16384, limit: 200 }, "zh")).toBe("文件共有 16,384 列，最多支持 200 列。");
  });
});

describe("exporting answers", () => {
  it("keeps every original row and column in order and adds ours", async () => {
    const book = await readQuestionnaireFile("script.csv", fixture("script.csv"));
    const layout = guessLayout(book);
    const sheet = book.sheets[0] ?? { name: "", rows: [] };
    const table = buildTable(sheet, layout, { 1: ["yes", "/security/backups", "passing", "0.90"] }, [
      "Answer",
      "Source",
      "Evidence",
      "Confidence",
    ]);
    expect(table[0]).toEqual(["question", "notes", "Answer", "Source", "Evidence", "Confidence"]);
    expect(table[1]?.slice(0, 2)).toEqual([
      "<script>alert(1)</script> Do you back up databases?",
      '=HYPERLINK("http://evil.example","x")',
    ]);
    expect(table[2]?.slice(2)).toEqual(["", "", "", ""]);
  });

  it("neutralises cells a spreadsheet would run as formulas in CSV", () => {
    expect(["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "plain", "中文"].map(neutralize)).toEqual([
      "'=1+1",
      "'+cmd",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      "plain",
      "中文",
    ]);
    const csv = toCsv([["q", '=HYPERLINK("x")']]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain(`'=HYPERLINK`);
  });

  it("writes XLSX cells as text, never as formulas, and reads back the same table", async () => {
    const table = [
      ["question", "Answer"],
      ["=1+1", "Daily snapshots"],
    ];
    const blob = await toXlsx(table, "Answers");
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const [sheet] = await readXlsxFile(bytes.buffer);
    expect(sheet?.data).toEqual(table);
  });
});
