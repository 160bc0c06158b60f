import type { Section } from "@/lib/content/sections";
import { sectionPath, type Locale } from "@/lib/i18n/locales";

export type SectionCardsProps = { locale: Locale; sections: Section[] };

export function SectionCards({ locale, sections }: SectionCardsProps) {
  return (
    <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {sections.map((section) => (
        <li
          key={section.id}
          className="rounded-lg border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-800 dark:hover:border-brand-300"
        >
          <h3 className="font-semibold">
            <a href={sectionPath(locale, section.id)} className="hover:underline">
              {section.title}
            </a>
          </h3>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{section.summary}</p>
        </li>
      ))}
    </ol>
  );
}
