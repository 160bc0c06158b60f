import type { AnswerBase } from "@/lib/answers/types";
import type { Locale } from "@/lib/i18n/locales";
import type { RowAnswer } from "@/lib/questionnaire/answer-rows";
import type { QuestionRow } from "@/lib/questionnaire/io/layout";

const WORKER_FROM = 200;

/** Small lists are matched at once; large files in a worker, off the main thread. */
export async function runMatcher(rows: QuestionRow[], base: AnswerBase, locale: Locale): Promise<RowAnswer[]> {
  if (rows.length < WORKER_FROM || typeof Worker === "undefined") {
    // The matcher loads with the first questionnaire, not with the page.
    const [{ answerRows }, { createMatcher }] = await Promise.all([
      import("@/lib/questionnaire/answer-rows"),
      import("@/lib/questionnaire/matcher"),
    ]);
    return answerRows(rows, createMatcher(base), locale);
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./match.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<RowAnswer[]>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message));
      worker.terminate();
    };
    worker.postMessage({ rows, base, locale });
  });
}
