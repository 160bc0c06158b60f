import Papa from "papaparse";
import writeXlsxFile from "write-excel-file/universal";
import type { Layout } from "./layout";
import type { Sheet } from "./read";

// The questionnaire given back: every original row and column in place, plus our columns.
export type AddedCells = Record<number, string[]>;

/**
 * In a CSV, a cell starting with = + - @ (or a tab or carriage return) is run as a formula by
 * Excel, LibreOffice and Sheets; a leading apostrophe makes it text. (In XLSX every cell is
 * written as a typed string, which no spreadsheet evaluates.)
 */
export function neutralize(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function buildTable(sheet: Sheet, layout: Layout, added: AddedCells, titles: string[]): string[][] {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  return sheet.rows.map((row, index) => {
    const padded = Array.from({ length: width }, (_, c) => row[c] ?? "");
    const extra = index === layout.headerRow ? titles : (added[index] ?? titles.map(() => ""));
    return [...padded, ...extra];
  });
}

/** CSV with a UTF-8 byte-order mark, so Excel opens Chinese text correctly. */
export function toCsv(table: string[][]): string {
  return `\uFEFF${Papa.unparse(
    table.map((row) => row.map(neutralize)),
    { newline: "\r\n" },
  )}`;
}

export function toXlsx(table: string[][], sheetName: string): Promise<Blob> {
  const data = table.map((row) => row.map((value) => ({ value, type: String, wrap: value.length > 60 })));
  return writeXlsxFile(data, { sheet: sheetName.slice(0, 31) || "Sheet1" }).toBlob();
}
