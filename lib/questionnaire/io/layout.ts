import type { Sheet, Workbook } from "./read";

// Where the questions are: which sheet, which row holds the column titles (none for a plain
// list), which column holds the question. A guess the user can change on the page.
export type Layout = { sheet: number; headerRow: number; questionColumn: number };
export type QuestionRow = { row: number; text: string };

const QUESTION_TITLE = /^\s*(questions?|question text|requirements?|controls?|问题|题目|问询|要求)\s*$/i;
const filled = (row: string[] | undefined) => (row ?? []).filter((cell) => cell.trim() !== "").length;

function guessHeaderRow(sheet: Sheet): number {
  // Title rows above the table (often merged across columns) have one filled cell; skip them.
  for (let i = 0; i < Math.min(sheet.rows.length, 15); i++) {
    const row = sheet.rows[i] ?? [];
    if (row.some((cell) => QUESTION_TITLE.test(cell))) return i;
    if (filled(row) >= 2) return row.every((cell) => cell.length < 60) && filled(sheet.rows[i + 1]) >= 1 ? i : -1;
    if (filled(row) === 1 && filled(sheet.rows[i + 1]) <= 1) return -1;
  }
  return -1;
}

function guessQuestionColumn(sheet: Sheet, headerRow: number): number {
  const header = sheet.rows[headerRow] ?? [];
  const titled = header.findIndex((cell) => /\bquestions?\b|问题|题目/i.test(cell));
  if (titled >= 0) return titled;
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const body = sheet.rows.slice(headerRow + 1, headerRow + 201);
  let best = 0,
    bestLength = -1;
  for (let c = 0; c < width; c++) {
    const length = body.reduce((sum, row) => sum + (row[c]?.length ?? 0), 0);
    if (length > bestLength) [best, bestLength] = [c, length];
  }
  return best;
}

export function guessLayout(workbook: Workbook): Layout {
  const sizes = workbook.sheets.map((s) => s.rows.reduce((n, row) => n + filled(row), 0));
  const sheet = Math.max(0, sizes.indexOf(Math.max(...sizes)));
  const chosen = workbook.sheets[sheet] ?? { name: "", rows: [] };
  const headerRow = guessHeaderRow(chosen);
  return { sheet, headerRow, questionColumn: guessQuestionColumn(chosen, headerRow) };
}

export function questionRows(workbook: Workbook, layout: Layout): QuestionRow[] {
  const sheet = workbook.sheets[layout.sheet];
  if (!sheet) return [];
  return sheet.rows.flatMap((row, index) => {
    const text = (row[layout.questionColumn] ?? "").trim();
    return index > layout.headerRow && text ? [{ row: index, text }] : [];
  });
}
