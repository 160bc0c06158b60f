import type { Locale } from "@/lib/i18n";

/** Why a questionnaire file cannot be used; the page shows a message for each, never a blank. */
export type QuestionnaireErrorCode =
  | "empty"
  | "empty_paste"
  | "binary"
  | "too_large"
  | "too_large_unzipped"
  | "too_many_rows"
  | "too_many_columns"
  | "unreadable"
  | "unsupported";

/** Figures a message names (the file's row count, the limit), so each language can phrase them. */
export type QuestionnaireErrorDetail = { count?: number; limit?: number };

/** A questionnaire is a few thousand rows of a few columns; far past that is a mistake or an attack. */
export const LIMITS = { bytes: 15 * 1024 * 1024, unzippedBytes: 50 * 1024 * 1024, rows: 50_000, columns: 200 };

type Texts = Record<QuestionnaireErrorCode, (d: Required<QuestionnaireErrorDetail>) => string>;

// The reader's language decides the words; the code decides the message.
const TEXT: Record<Locale, Texts> = {
  en: {
    empty: () => "The file is empty.",
    empty_paste: () => "Paste at least one question, one per line.",
    binary: () => "This file is not text or a spreadsheet (it looks like binary data).",
    too_large: (d) => `The file is larger than ${d.limit} MB.`,
    too_large_unzipped: (d) => `This spreadsheet expands to more than ${d.limit} MB when opened, which no questionnaire needs. It was not read.`,
    too_many_rows: (d) => `The file has ${d.count.toLocaleString("en")} rows; up to ${d.limit.toLocaleString("en")} are supported.`,
    too_many_columns: (d) => `The file has ${d.count.toLocaleString("en")} columns; up to ${d.limit.toLocaleString("en")} are supported.`,
    unreadable: () => "This spreadsheet could not be read. Save it as .xlsx or .csv and try again.",
    unsupported: () => "Only .csv, .txt and .xlsx files are supported. Save the questionnaire as .xlsx or .csv.",
  },
  zh: {
    empty: () => "文件为空。",
    empty_paste: () => "请至少粘贴一个问题，每行一个。",
    binary: () => "此文件不是文本或电子表格（看起来是二进制数据）。",
    too_large: (d) => `文件超过 ${d.limit} MB。`,
    too_large_unzipped: (d) => `此电子表格打开后超过 ${d.limit} MB，问卷不需要这么大，因此未读取。`,
    too_many_rows: (d) => `文件共有 ${d.count.toLocaleString("zh-CN")} 行，最多支持 ${d.limit.toLocaleString("zh-CN")} 行。`,
    too_many_columns: (d) => `文件共有 ${d.count.toLocaleString("zh-CN")} 列，最多支持 ${d.limit.toLocaleString("zh-CN")} 列。`,
    unreadable: () => "无法读取此电子表格。请另存为 .xlsx 或 .csv 后重试。",
    unsupported: () => "仅支持 .csv、.txt 和 .xlsx 文件。请将问卷另存为 .xlsx 或 .csv。",
  },
};

export function questionnaireErrorText(code: QuestionnaireErrorCode, detail: QuestionnaireErrorDetail, locale: Locale): string {
  return TEXT[locale][code]({ count: detail.count ?? 0, limit: detail.limit ?? 0 });
}

export class QuestionnaireError extends Error {
  override name = "QuestionnaireError";
  constructor(
    readonly code: QuestionnaireErrorCode,
    readonly detail: QuestionnaireErrorDetail = {},
  ) {
    // The command line reports in English; the page asks for the reader's language.
    super(questionnaireErrorText(code, detail, "en"));
  }
}

/** By name and code: tsx (and a lazily loaded chunk) may load the class twice, so instanceof can miss. */
export function isQuestionnaireError(error: unknown): error is QuestionnaireError {
  return error instanceof Error && error.name === "QuestionnaireError" && typeof (error as { code?: unknown }).code === "string";
}
