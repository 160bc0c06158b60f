"use client";

import { useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { RowAnswer } from "@/lib/questionnaire/answer-rows";
import { guessLayout, questionRows, type Layout } from "@/lib/questionnaire/io/layout";
import { fill, plural } from "@/lib/i18n/format";
import { isQuestionnaireError, questionnaireErrorText } from "@/lib/questionnaire/io/errors";
import type { Workbook } from "@/lib/questionnaire/io/read";
import { ExportButtons } from "./export-buttons";
import { LayoutPicker } from "./layout-picker";
import { loadAnswerBase } from "./library";
import { ResultsTable, type Evidence, type Review } from "./results-table";
import { runMatcher } from "./run-matcher";
import type { ToolErrors, ToolText } from "./tool-text";

export type QuestionnaireToolProps = {
  locale: Locale;
  evidence: Evidence;
  contact: string;
  baseUrl: string;
  text: ToolText;
  errors: ToolErrors;
};

type Loaded = { workbook: Workbook; name: string; layout: Layout };

// The CSV and XLSX readers load with the first questionnaire, not with the page.
const readers = () => import("@/lib/questionnaire/io/read");

/** Paste or upload a questionnaire, review the answers, export them. Nothing leaves the browser. */
export function QuestionnaireTool({ locale, evidence, contact, baseUrl, text: t, errors }: QuestionnaireToolProps) {
  const [pasted, setPasted] = useState("");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [results, setResults] = useState<RowAnswer[] | null>(null);
  const [reviews, setReviews] = useState<Record<number, Review>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function answer(next: Loaded) {
    setLoaded(next);
    setBusy(true);
    setError(null);
    try {
      setResults(await runMatcher(questionRows(next.workbook, next.layout), await loadAnswerBase(locale), locale));
      setReviews({});
    } catch {
      setError(t.unexpected);
    } finally {
      setBusy(false);
    }
  }

  async function load(read: () => Promise<Workbook> | Workbook, name: string) {
    setResults(null);
    try {
      const workbook = await read();
      await answer({ workbook, name, layout: guessLayout(workbook) });
    } catch (e) {
      setLoaded(null);
      setError(isQuestionnaireError(e) ? questionnaireErrorText(e, errors, locale) : t.unexpected);
    }
  }

  const onFile = async (file: File | undefined) => {
    if (file)
      await load(
        async () => (await readers()).readQuestionnaireFile(file.name, new Uint8Array(await file.arrayBuffer())),
        file.name,
      );
  };

  return (
    <div className="space-y-6">
      <form
        className="grid gap-4 md:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          void load(async () => (await readers()).readPasted(pasted), "questions");
        }}
      >
        <div>
          <label htmlFor="pasted" className="block font-medium">
            {t.paste}
          </label>
          <p id="pasted-hint" className="text-sm text-slate-600 dark:text-slate-400">
            {t.pasteHint}
          </p>
          <textarea
            id="pasted"
            aria-describedby="pasted-hint"
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            rows={6}
            className="mt-2 w-full rounded-md border border-slate-300 bg-white p-2 text-sm dark:border-slate-600 dark:bg-slate-900"
          />
          <button
            type="submit"
            className="mt-2 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600"
          >
            {t.answer}
          </button>
        </div>
        <div
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            void onFile(e.dataTransfer.files[0]);
          }}
          className="rounded-md border-2 border-dashed border-slate-300 p-4 dark:border-slate-600"
        >
          <label htmlFor="upload" className="block font-medium">
            {t.upload}
          </label>
          <p id="upload-hint" className="text-sm text-slate-600 dark:text-slate-400">
            {t.uploadHint}
          </p>
          <input
            id="upload"
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="upload-hint"
            onChange={(e) => void onFile(e.target.files?.[0])}
            className="mt-2 block w-full text-sm"
          />
        </div>
      </form>

      {error ? (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-medium">{t.error}</p>
          <p className="text-sm">{error}</p>
        </div>
      ) : null}

      {loaded ? (
        <LayoutPicker
          locale={locale}
          text={t}
          workbook={loaded.workbook}
          layout={loaded.layout}
          onChange={(layout) => void answer({ ...loaded, layout })}
        />
      ) : null}
      {busy ? <p role="status">{t.matching}</p> : null}

      {loaded && results && !busy ? (
        <>
          <p role="status" className="font-medium">
            {plural(t.summary, results.length, locale, {
              answered: results.filter((r) => r.status === "answered").length,
            })}
          </p>
          {results.some((r) => r.status === "review") ? (
            <p>{fill(t.toReview, { n: results.filter((r) => r.status === "review").length }, locale)}</p>
          ) : null}
          <ExportButtons
            locale={locale}
            text={t}
            loaded={loaded}
            results={results}
            reviews={reviews}
            evidence={evidence}
            contact={contact}
            baseUrl={baseUrl}
          />
          <ResultsTable
            locale={locale}
            text={t}
            results={results}
            reviews={reviews}
            evidence={evidence}
            contact={contact}
            onReview={(row, review) => setReviews((r) => ({ ...r, [row]: review }))}
          />
        </>
      ) : null}
    </div>
  );
}
