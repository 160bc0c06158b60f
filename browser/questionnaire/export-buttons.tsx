"use client";

import type { Locale } from "@/lib/i18n/locales";
import type { RowAnswer } from "@/lib/questionnaire/answer-rows";
import type { Layout } from "@/lib/questionnaire/io/layout";
import type { Workbook } from "@/lib/questionnaire/io/read";

import { fill } from "@/lib/i18n/format";
import type { ToolText } from "./tool-text";
import type { Evidence } from "./results-table";
import { rowState, rowStateText, type Review } from "./row-status";

export type ExportButtonsProps = {
  locale: Locale;
  text: ToolText;
  loaded: { workbook: Workbook; name: string; layout: Layout };
  results: RowAnswer[];
  reviews: Record<number, Review>;
  evidence: Evidence;
  contact: string;
  baseUrl: string;
};

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The user's own questionnaire back, with Answer, Source, Evidence, Confidence, Status and what is not stated added. */
export function ExportButtons({
  locale,
  text: t,
  loaded,
  results,
  reviews,
  evidence,
  contact,
  baseUrl,
}: ExportButtonsProps) {
  // The writers (CSV, XLSX) load on the first export, not with the page.
  const table = async () => {
    const { buildTable } = await import("@/lib/questionnaire/io/write");
    const added = Object.fromEntries(
      results.map((r) => {
        const review = reviews[r.row];
        const state = rowStateText(rowState(r, review), t);
        if (review?.state === "cleared") return [r.row, ["", "", "", "", state, ""]];
        if (r.status === "not_covered")
          return [r.row, [fill(t.notCovered, { contact }, locale), "", "", r.confidence.toFixed(2), state, ""]];
        const live = r.control ? evidence[r.control] : undefined;
        return [
          r.row,
          [
            review?.answer ?? r.answer,
            r.citations.map((c) => `${baseUrl}${c}`).join(" "),
            live?.text ?? "",
            r.confidence.toFixed(2),
            state,
            r.missing.join("; "),
          ],
        ];
      }),
    );
    const sheet = loaded.workbook.sheets[loaded.layout.sheet] ?? { name: "Sheet1", rows: [] };
    return {
      rows: buildTable(sheet, loaded.layout, added, [
        t.answerCol,
        t.source,
        t.evidence,
        t.confidence,
        t.status,
        t.notStated,
      ]),
      sheet: sheet.name,
    };
  };
  const base = loaded.name.replace(/\.[^.]+$/, "") || "questionnaire";
  return (
    <div className="flex flex-wrap gap-2">
      <button
        type="button"
        className="rounded-md border border-slate-300 px-3 py-1.5 font-medium dark:border-slate-600"
        onClick={async () => {
          const [{ rows }, { toCsv }] = await Promise.all([table(), import("@/lib/questionnaire/io/write")]);
          download(new Blob([toCsv(rows)], { type: "text/csv;charset=utf-8" }), `${base}-answered.csv`);
        }}
      >
        {t.exportCsv}
      </button>
      <button
        type="button"
        className="rounded-md border border-slate-300 px-3 py-1.5 font-medium dark:border-slate-600"
        onClick={async () => {
          const [{ rows, sheet }, { toXlsx }] = await Promise.all([table(), import("@/lib/questionnaire/io/write")]);
          download(await toXlsx(rows, sheet), `${base}-answered.xlsx`);
        }}
      >
        {t.exportXlsx}
      </button>
    </div>
  );
}
