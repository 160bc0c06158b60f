import { strFromU8, unzipSync } from "fflate";
import { LIMITS, QuestionnaireError } from "./errors";

// An XLSX is a zip of XML files. A small file can inflate to gigabytes (a zip bomb) or declare a
// sheet of a million rows and sixteen thousand columns, which a spreadsheet reader would build
// in memory before anyone could stop it. Both are refused here, before the reader runs:
// - the sizes the zip declares are added up before anything is inflated, and fflate inflates
//   each file into a buffer of exactly its declared size, so a zip that lies cannot grow past it;
// - each worksheet's cell references are read for the largest row and column it names.

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
// Cell and row references, as the format writes them: <c r="AB12" …>, <row r="12" …>.
const CELL = /<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"/g;
const ROW = /<row\b[^>]*?\br="(\d{1,7})"/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Throws QuestionnaireError (too_large_unzipped, too_many_rows, too_many_columns, unreadable). */
export function checkXlsx(bytes: Uint8Array): void {
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        if (declared > LIMITS.unzippedBytes)
          throw new QuestionnaireError("too_large_unzipped", { limit: LIMITS.unzippedBytes / 1024 / 1024 });
        return WORKSHEET.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof QuestionnaireError) throw error;
    // A zip whose data inflates past what it declared, or is not a zip at all.
    throw new QuestionnaireError("unreadable");
  }
  for (const data of Object.values(files)) {
    const xml = strFromU8(data);
    let rows = 0,
      columns = 0;
    for (const m of xml.matchAll(ROW)) rows = Math.max(rows, Number(m[1]));
    for (const m of xml.matchAll(CELL)) {
      columns = Math.max(columns, columnNumber(m[1] ?? ""));
      rows = Math.max(rows, Number(m[2]));
    }
    if (rows > LIMITS.rows) throw new QuestionnaireError("too_many_rows", { count: rows, limit: LIMITS.rows });
    if (columns > LIMITS.columns)
      throw new QuestionnaireError("too_many_columns", { count: columns, limit: LIMITS.columns });
  }
}
