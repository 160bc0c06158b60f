import { SearchLauncher } from "@/components/search/search-launcher";
import {
  documentsPath,
  faqPath,
  homePath,
  locales,
  questionnairePath,
  statusPath,
  updatesPath,
  whitepaperPath,
  type Locale,
} from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { siteText } from "@/lib/site/site";
import { LanguageSwitch } from "./language-switch";

export type SiteHeaderProps = { locale: Locale };

export function SiteHeader({ locale }: SiteHeaderProps) {
  const t = getMessages(locale);
  const links = [
    [whitepaperPath(locale), t.nav.whitepaper],
    [statusPath(locale), t.nav.status],
    [updatesPath(locale), t.updates.nav],
    [faqPath(locale), t.nav.faq],
    [questionnairePath(locale), t.nav.questionnaire],
    [documentsPath(locale), t.nav.documents],
  ] as const;
  return (
    <header
      data-print="hide"
      className="top-0 z-20 sm:sticky border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <a href={homePath(locale)} className="font-semibold tracking-tight">
          {siteText(locale).siteName}
        </a>
        <nav aria-label={t.nav.primary} className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm sm:gap-x-5">
          {links.map(([href, label]) => (
            <a key={href} href={href} className="hover:underline">
              {label}
            </a>
          ))}
          <SearchLauncher locale={locale} label={t.nav.search} text={t.search} />
          {/* Each other language names itself, in its own words. */}
          {locales
            .filter((to) => to !== locale)
            .map((to) => (
              <LanguageSwitch
                key={to}
                to={to}
                label={getMessages(to).language.name}
                hint={getMessages(to).language.readIn}
              />
            ))}
        </nav>
      </div>
    </header>
  );
}
