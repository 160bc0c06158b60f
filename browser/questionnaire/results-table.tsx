"use client";

import { useState } from "react";
import { StatusBadge } from "@/components/status/status-badge";
import type { Locale } from "@/lib/i18n/locales";
import type { RowAnswer } from "@/lib/questionnaire/answer-rows";
import type { StatusState } from "@/lib/status/types";
import { fill } from "@/lib/i18n/format";
import type { ToolText } from "./tool-text";
import { rowState, rowStateText, type Review } from "./row-status";
import { WhyDisclosure } from "./why-disclosure";

export type { Review };
export type Evidence = Record<string, { state: StatusState; text: string }>;

export type ResultsTableProps = {
  locale: Locale;
  text: ToolText;
  results: RowAnswer[];
  reviews: Record<number, Review>;
  evidence: Evidence;
  contact: string;
  onReview: (row: number, review: Review) => void;
};

const PAGE = 100;

/** Every question with its suggested answer; the user accepts, edits or clears each one. */
export function ResultsTable({ locale, text: t, results, reviews, evidence, contact, onReview }: ResultsTableProps) {
  const [page, setPage] = useState(0);
  const shown = results.slice(page * PAGE, page * PAGE + PAGE);
  const pages = Math.ceil(results.length / PAGE);
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="p-2">
                #
              </th>
              <th scope="col" className="p-2">
                {t.question}
              </th>
              <th scope="col" className="p-2">
                {t.answerCol}
              </th>
              <th scope="col" className="p-2">
                {t.source}
              </th>
              <th scope="col" className="p-2">
                {t.evidence}
              </th>
              <th scope="col" className="p-2">
                {t.confidence}
              </th>
              <th scope="col" className="p-2">
                {t.status}
              </th>
              <th scope="col" className="p-2">
                {t.actions}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const review = reviews[r.row];
              const text = review ? review.answer : r.answer;
              const live = r.control ? evidence[r.control] : undefined;
              const state = rowState(r, review);
              const suggested = r.status !== "not_covered";
              return (
                <tr
                  key={r.row}
                  data-testid={`row-${r.row + 1}`}
                  data-status={state}
                  className="border-b border-slate-200 align-top dark:border-slate-800"
                >
                  <td className="p-2 text-slate-500">{r.row + 1}</td>
                  {/* Question text is rendered as text: markup in a questionnaire never runs. */}
                  <td className="max-w-xs p-2">{r.question}</td>
                  <td className="p-2">
                    {r.status === "review" && r.missing.length > 0 ? (
                      <p className="mb-1 text-amber-800 dark:text-amber-300">
                        {fill(t.doesNotState, { parts: r.missing.join(t.listSeparator) }, locale)}
                      </p>
                    ) : null}
                    {suggested ? (
                      <textarea
                        aria-label={fill(t.edit, { n: r.row + 1 }, locale)}
                        value={text}
                        rows={3}
                        onChange={(e) => onReview(r.row, { answer: e.target.value, state: "edited" })}
                        className="w-64 rounded border border-slate-300 bg-white p-1 dark:border-slate-600 dark:bg-slate-900"
                      />
                    ) : (
                      <span className="text-slate-600 dark:text-slate-400">
                        {fill(t.notCovered, { contact }, locale)}
                      </span>
                    )}
                    <WhyDisclosure result={r} t={t} locale={locale} />
                  </td>
                  <td className="p-2">
                    {r.citations.map((c) => (
                      <a key={c} href={c} className="block underline">
                        {c}
                      </a>
                    ))}
                  </td>
                  <td className="p-2">{live ? <StatusBadge state={live.state} locale={locale} /> : t.none}</td>
                  <td className="p-2">{r.confidence.toFixed(2)}</td>
                  <td className="p-2">{rowStateText(state, t)}</td>
                  <td className="space-x-1 whitespace-nowrap p-2">
                    {suggested ? (
                      <>
                        <button
                          type="button"
                          onClick={() => onReview(r.row, { answer: text, state: "accepted" })}
                          aria-pressed={review?.state === "accepted"}
                          className="rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600"
                        >
                          {review?.state === "accepted" ? t.accepted : t.accept}
                        </button>
                        <button
                          type="button"
                          onClick={() => onReview(r.row, { answer: "", state: "cleared" })}
                          className="rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600"
                        >
                          {t.clear}
                        </button>
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav className="mt-2 flex items-center gap-3 text-sm">
          <button
            type="button"
            disabled={page === 0}
            onClick={() => setPage(page - 1)}
            className="rounded border px-2 py-0.5 disabled:opacity-50"
          >
            {t.previous}
          </button>
          <span>
            {fill(
              t.page,
              { from: page * PAGE + 1, to: Math.min(results.length, page * PAGE + PAGE), total: results.length },
              locale,
            )}
          </span>
          <button
            type="button"
            disabled={page >= pages - 1}
            onClick={() => setPage(page + 1)}
            className="rounded border px-2 py-0.5 disabled:opacity-50"
          >
            {t.next}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
