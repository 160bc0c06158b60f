import Papa from "papaparse";
import readXlsxFile from "read-excel-file/universal";
import { decodeText } from "./decode";
import { LIMITS, QuestionnaireError } from "./errors";
import { checkXlsx } from "./zip-guard";

// A questionnaire as the user gave it: sheets of rows of cell text, nothing dropped, so the
// export can give every row and column back in its place.
export type Sheet = { name: string; rows: string[][] };
export type Workbook = { sheets: Sheet[]; encoding?: string };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function checkRows(rows: string[][]): string[][] {
  if (rows.length > LIMITS.rows)
    throw new QuestionnaireError("too_many_rows", { count: rows.length, limit: LIMITS.rows });
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 0);
  if (columns > LIMITS.columns)
    throw new QuestionnaireError("too_many_columns", { count: columns, limit: LIMITS.columns });
  return rows;
}

export function readCsv(bytes: Uint8Array): Workbook {
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows = parsed.data.filter((row, i) => !(i === parsed.data.length - 1 && row.length === 1 && row[0] === ""));
  return { sheets: [{ name: "CSV", rows: checkRows(rows) }], encoding };
}

export async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
  // Sizes, rows and columns first: a hostile file is refused before the reader inflates it.
  checkXlsx(bytes);
  try {
    const sheets = await readXlsxFile(bytes.slice().buffer);
    return { sheets: sheets.map((s) => ({ name: s.sheet, rows: checkRows(s.data.map((row) => row.map(cellText))) })) };
  } catch (error) {
    if (error instanceof QuestionnaireError) throw error;
    throw new QuestionnaireError("unreadable");
  }
}

/** By content, not by name: a binary file renamed .csv is caught, an .xlsx named .csv still works. */
export async function readQuestionnaireFile(name: string, bytes: Uint8Array): Promise<Workbook> {
  if (bytes.length === 0) throw new QuestionnaireError("empty");
  if (bytes.length > LIMITS.bytes) throw new QuestionnaireError("too_large", { limit: LIMITS.bytes / 1024 / 1024 });
  if (isZip(bytes)) return readXlsx(bytes);
  if (/\.(xls|numbers|ods|pdf|docx?)$/i.test(name)) throw new QuestionnaireError("unsupported");
  return readCsv(bytes);
}

/** Pasted text: one question per line. */
export function readPasted(text: string): Workbook {
  const rows = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => [line]);
  if (rows.length === 0) throw new QuestionnaireError("empty_paste");
  return { sheets: [{ name: "Pasted", rows: checkRows(rows) }] };
}
