"use client";

import { useId, useState, type FormEvent } from "react";
import { MAX_COMMENT_CHARS } from "@/lib/feedback/limits";
import type { Locale } from "@/lib/i18n";
import type { Messages } from "@/lib/messages";

// Set in next.config.js: this server's route, or for a static export the configured URL or "".
const ENDPOINT = process.env.NEXT_PUBLIC_FEEDBACK_ENDPOINT ?? "";

export type FeedbackPromptProps = { section: string; locale: Locale; text: Messages["feedback"] };

type State = "idle" | "sending" | "sent" | "tooMany" | "failed";

/** "Did this answer your question?" at the end of a section or answer: yes/no and a comment. */
export function FeedbackPrompt({ section, locale, text }: FeedbackPromptProps) {
  const [helpful, setHelpful] = useState<boolean | undefined>();
  const [comment, setComment] = useState("");
  const [state, setState] = useState<State>("idle");
  const id = useId();
  if (!ENDPOINT) return null;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (helpful === undefined) return;
    setState("sending");
    try {
      const response = await fetch(ENDPOINT, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ section, locale, helpful, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
        credentials: "omit",
      });
      setState(response.ok ? "sent" : response.status === 429 ? "tooMany" : "failed");
    } catch {
      setState("failed");
    }
  };

  if (state === "sent") return <p role="status" data-print="hide" className="mt-8 text-sm text-emerald-800 dark:text-emerald-300">{text.thanks}</p>;
  const choice = (value: boolean, label: string) => (
    <button
      type="button"
      aria-pressed={helpful === value}
      onClick={() => setHelpful(value)}
      className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:border-brand-600 aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-slate-700"
    >
      {label}
    </button>
  );
  return (
    // No accessible name on the form: a named form is a landmark, and a page with several
    // prompts (the FAQ) would repeat one landmark name many times.
    <form onSubmit={send} data-print="hide" data-testid={`feedback-${section}`} className="mt-8 rounded-md border border-slate-200 p-4 text-sm dark:border-slate-800">
      <div role="group" aria-labelledby={`${id}-q`} className="flex flex-wrap items-center gap-3">
        <p id={`${id}-q`} className="font-medium">{text.question}</p>
        {choice(true, text.yes)}
        {choice(false, text.no)}
      </div>
      {helpful !== undefined ? (
        <div className="mt-3 grid gap-2">
          <label htmlFor={`${id}-c`}>{text.comment}</label>
          <textarea id={`${id}-c`} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={MAX_COMMENT_CHARS} rows={2} className="rounded-md border border-slate-300 bg-transparent p-2 dark:border-slate-700" />
          <button type="submit" disabled={state === "sending"} className="justify-self-start rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {state === "sending" ? text.sending : text.send}
          </button>
        </div>
      ) : null}
      <p role="status" className="mt-2 empty:hidden">{state === "tooMany" ? text.tooMany : state === "failed" ? text.failed : ""}</p>
    </form>
  );
}
