"use client";

import type { RowAnswer } from "@/lib/questionnaire/answer-rows";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ToolText } from "./tool-text";

export type WhyDisclosureProps = { result: RowAnswer; t: ToolText; locale: Locale };

/** On demand, why a row came out as it did: the three best passages, their scores, what each leaves out. */
export function WhyDisclosure({ result, t, locale }: WhyDisclosureProps) {
  return (
    <details className="mt-1 text-xs text-slate-600 dark:text-slate-400">
      <summary className="cursor-pointer underline">{t.why}</summary>
      {result.reasons.length === 0 ? (
        <p className="mt-1">{t.whyNone}</p>
      ) : (
        <ol className="mt-1 list-decimal space-y-1 pl-4">
          {result.reasons.map((reason, i) => (
            <li key={i}>
              <span className="font-medium">{fill(t.score, { coverage: reason.coverage.toFixed(2) }, locale)}</span> ·{" "}
              <a href={reason.citation} className="underline">
                {reason.citation}
              </a>
              <p>{reason.text}</p>
              {reason.missing.length > 0 ? (
                <p>{fill(t.doesNotState, { parts: reason.missing.join(t.listSeparator) }, locale)}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
