// `npm run answer -- questions.csv --out answers.csv [--column N] [--locale zh] [--explain]`
// The page's matcher, for bulk work and scripts. Keeps every input row and column and adds
// answer, citations (section URLs with anchors, space-separated), confidence, status
// (answered, review or not_covered) and, for review rows, what the cited text does not state.
// --explain prints, per row, the three best passages with their scores and what each leaves out.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadAnswerBase } from "../lib/answers/load";
import { isLocale, locales } from "../lib/i18n/locales";
import { answerRows, type RowAnswer } from "../lib/questionnaire/answer-rows";
import { getMessages } from "../lib/i18n/catalogue";
import { isQuestionnaireError, questionnaireErrorText } from "../lib/questionnaire/io/errors";
import { guessLayout, questionRows } from "../lib/questionnaire/io/layout";
import { readQuestionnaireFile } from "../lib/questionnaire/io/read";
import { buildTable, toCsv, toXlsx } from "../lib/questionnaire/io/write";
import { createMatcher } from "../lib/questionnaire/matcher";
import { absoluteUrl } from "../lib/site/site";

const usage =
  "usage: npm run answer -- <questions.csv|.xlsx> --out <answers.csv|.xlsx> [--column N] [--sheet NAME] [--locale en|zh] [--explain]";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string" },
    column: { type: "string" },
    sheet: { type: "string" },
    locale: { type: "string", default: "en" },
    explain: { type: "boolean", default: false },
  },
});
const input = positionals[0];
if (!input || !values.out) {
  console.error(usage);
  process.exit(2);
}
const locale = values.locale ?? "en";
if (!isLocale(locale)) {
  console.error(`--locale must be one of ${locales.join(", ")}\n${usage}`);
  process.exit(2);
}

/** Why each row came out as it did: its outcome, then the three best passages. */
function explain(answer: RowAnswer) {
  const question = answer.question.replace(/\s+/g, " ");
  console.log(
    `\nrow ${answer.row + 1}: ${answer.status} (${answer.confidence.toFixed(2)}) ${question.length > 100 ? `${question.slice(0, 99)}…` : question}`,
  );
  if (answer.missing.length > 0) console.log(`  does not state: ${answer.missing.join(", ")}`);
  answer.reasons.forEach((reason, i) => {
    const text = reason.text.length > 90 ? `${reason.text.slice(0, 89)}…` : reason.text;
    console.log(
      `  ${i + 1}. ${reason.coverage.toFixed(2)} ${reason.citation} ${text}${reason.missing.length ? `\n     missing: ${reason.missing.join(", ")}` : ""}`,
    );
  });
  if (answer.reasons.length === 0) console.log("  no passage shares an informative word with this question");
}

/** A request this file cannot serve (no such sheet, no questions): said plainly, exit 1. */
function refuse(message: string): never {
  console.error(`${input}: ${message}`);
  process.exit(1);
}

try {
  const workbook = await readQuestionnaireFile(input, new Uint8Array(readFileSync(input)));
  const layout = guessLayout(workbook);
  if (values.sheet) {
    const index = workbook.sheets.findIndex((s) => s.name === values.sheet);
    if (index < 0) refuse(`No sheet named "${values.sheet}"; sheets: ${workbook.sheets.map((s) => s.name).join(", ")}`);
    Object.assign(layout, guessLayout({ sheets: [workbook.sheets[index] ?? { name: "", rows: [] }] }), {
      sheet: index,
    });
  }
  if (values.column) {
    const column = Number(values.column);
    if (!Number.isInteger(column) || column < 1) refuse("--column is the question column's number, counting from 1");
    layout.questionColumn = column - 1;
  }
  const rows = questionRows(workbook, layout);
  if (rows.length === 0) refuse("No questions found; name the question column with --column N.");
  const answers = answerRows(rows, createMatcher(loadAnswerBase(locale)), locale);
  const added = Object.fromEntries(
    answers.map((a) => [
      a.row,
      [
        a.answer,
        a.citations.map((c) => absoluteUrl(c)).join(" "),
        a.confidence.toFixed(2),
        a.status,
        a.missing.join("; "),
      ],
    ]),
  );
  const sheet = workbook.sheets[layout.sheet] ?? { name: "Sheet1", rows: [] };
  const table = buildTable(sheet, layout, added, ["answer", "citations", "confidence", "status", "not_stated"]);
  if (values.out.endsWith(".xlsx"))
    writeFileSync(values.out, Buffer.from(await (await toXlsx(table, sheet.name)).arrayBuffer()));
  else writeFileSync(values.out, toCsv(table));
  if (values.explain) answers.forEach(explain);
  const count = (status: RowAnswer["status"]) => answers.filter((a) => a.status === status).length;
  console.log(
    `${answers.length} questions: ${count("answered")} answered, ${count("review")} to review, ${count("not_covered")} not covered -> ${values.out}`,
  );
} catch (error) {
  if (isQuestionnaireError(error)) {
    // The command line reports in English, as its other output is.
    console.error(`${input}: ${questionnaireErrorText(error, getMessages("en").questionnaire.errors, "en")}`);
    process.exit(1);
  }
  throw error;
}
