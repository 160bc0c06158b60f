import { MAX_COMMENT_CHARS } from "@/lib/feedback/limits";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/catalogue";

// Set in next.config.js: this server's route, or for a static export the configured URL or "".
const ENDPOINT = process.env.NEXT_PUBLIC_FEEDBACK_ENDPOINT ?? "";

export type FeedbackPromptProps = { section: string; locale: Locale; text: Messages["feedback"] };

const choiceClass =
  "rounded-md border border-slate-300 px-3 py-1 text-sm hover:border-brand-600 aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-slate-700";

/**
 * "Did this answer your question?" at the end of a section or answer: yes/no and a comment.
 * Server markup only; browser/islands/feedback.ts reveals the comment box, posts the vote and shows
 * the outcome in the status line, with the texts it carries in data-* attributes.
 */
export function FeedbackPrompt({ section, locale, text }: FeedbackPromptProps) {
  if (!ENDPOINT) return null;
  const id = `feedback-${section}`;
  return (
    // No accessible name on the form: a named form is a landmark, and a page with several
    // prompts (the FAQ) would repeat one landmark name many times.
    <form
      data-feedback={ENDPOINT}
      data-section={section}
      data-locale={locale}
      data-sending={text.sending}
      data-thanks={text.thanks}
      data-too-many={text.tooMany}
      data-failed={text.failed}
      data-print="hide"
      data-testid={id}
      className="mt-8 rounded-md border border-slate-200 p-4 text-sm dark:border-slate-800"
    >
      <div role="group" aria-labelledby={`${id}-q`} data-feedback-choices className="flex flex-wrap items-center gap-3">
        <p id={`${id}-q`} className="font-medium">
          {text.question}
        </p>
        <button type="button" aria-pressed="false" data-helpful="true" className={choiceClass}>
          {text.yes}
        </button>
        <button type="button" aria-pressed="false" data-helpful="false" className={choiceClass}>
          {text.no}
        </button>
      </div>
      <div hidden data-feedback-details className="mt-3 grid gap-2">
        <label htmlFor={`${id}-c`}>{text.comment}</label>
        <textarea
          id={`${id}-c`}
          name="comment"
          maxLength={MAX_COMMENT_CHARS}
          rows={2}
          className="rounded-md border border-slate-300 bg-transparent p-2 dark:border-slate-700"
        />
        <button
          type="submit"
          className="justify-self-start rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {text.send}
        </button>
      </div>
      <p role="status" data-feedback-status className="mt-2 empty:hidden" />
    </form>
  );
}
