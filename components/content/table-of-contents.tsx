import type { Section } from "@/lib/content/sections";
import { sectionToc } from "@/lib/content/sections";
import { absoluteUrl } from "@/lib/site/site";

export type TableOfContentsProps = { sections: Section[]; title: string; pagePath: string };

const linkClass =
  "block rounded px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current]:bg-brand-50 aria-[current]:font-semibold aria-[current]:text-brand-700 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white dark:aria-[current]:bg-slate-800 dark:aria-[current]:text-brand-300";

/**
 * Contents of the one-page whitepaper: sticky beside the text on wide screens, first page in print.
 * browser/islands/scroll-spy.ts marks the part being read.
 */
export function TableOfContents({ sections, title, pagePath }: TableOfContentsProps) {
  const navId = "whitepaper-contents";
  return (
    <nav
      id={navId}
      data-scroll-spy
      aria-labelledby={`${navId}-title`}
      data-print="contents"
      className="text-sm lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto"
    >
      <h2
        id={`${navId}-title`}
        className="mb-2 px-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400"
      >
        {title}
      </h2>
      <ol className="space-y-0.5">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} data-print-href={absoluteUrl(`${pagePath}#${section.id}`)} className={linkClass}>
              {section.title}
            </a>
            <ol className="ml-3 hidden border-l border-slate-200 pl-1 lg:block print:block dark:border-slate-700">
              {sectionToc(section).map((entry) => (
                <li key={entry.id}>
                  <a
                    href={`#${entry.id}`}
                    data-print-href={absoluteUrl(`${pagePath}#${entry.id}`)}
                    className={linkClass}
                  >
                    {entry.title}
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
