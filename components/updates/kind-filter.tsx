import { updatesKindPath, updatesPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { UPDATE_KINDS, type UpdateKind } from "@/lib/updates/kinds";

export type KindFilterProps = { locale: Locale; current: UpdateKind | undefined };

// Plain links to a static page per kind: the filter works without JavaScript and each view has a URL.
export function KindFilter({ locale, current }: KindFilterProps) {
  const t = getMessages(locale).updates;
  const options = [
    [updatesPath(locale), t.all, current === undefined] as const,
    ...UPDATE_KINDS.map((kind) => [updatesKindPath(locale, kind), t.kinds[kind], current === kind] as const),
  ];
  return (
    <nav aria-label={t.filter} className="mt-6">
      <ul className="flex flex-wrap gap-2 text-sm">
        {options.map(([href, label, active]) => (
          <li key={href}>
            <a
              href={href}
              aria-current={active ? "page" : undefined}
              className={`inline-block rounded-full border px-3 py-1 ${active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 hover:border-brand-600 dark:border-slate-600"}`}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
