export type CopyLinkButtonProps = { id: string; label: string; copiedLabel: string };

/**
 * Copies the absolute URL of a heading, so a salesperson can paste it into an email. Server
 * markup only: browser/islands/copy-link.ts does the copying and fills the status line.
 */
export function CopyLinkButton({ id, label, copiedLabel }: CopyLinkButtonProps) {
  return (
    <>
      <button
        type="button"
        data-copy-link={id}
        aria-label={label}
        title={label}
        data-print="hide"
        className="ml-2 inline-flex size-7 shrink-0 items-center justify-center rounded align-middle text-slate-500 opacity-0 transition-opacity hover:bg-slate-100 hover:text-slate-900 focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-brand-600 group-hover:opacity-100 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white [@media(hover:none)]:opacity-100"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path
            d="M8.5 11.5a3.5 3.5 0 0 0 5 0l3-3a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0l-3 3a3.5 3.5 0 0 0 5 5l1-1"
            strokeLinecap="round"
          />
        </svg>
      </button>
      <span role="status" data-copy-status className="sr-only" />
      <span
        aria-hidden="true"
        hidden
        data-copied
        className="ml-1 align-middle text-xs font-normal text-emerald-700 dark:text-emerald-400"
      >
        {copiedLabel}
      </span>
    </>
  );
}
