import Link from "next/link";
import { SearchLauncher } from "@/components/search/search-launcher";
import { faqPath, homePath, questionnairePath, statusPath, whitepaperPath, type Locale } from "@/lib/i18n";
import { getMessages } from "@/lib/messages";
import { site } from "@/lib/site";
import { LanguageSwitch } from "./language-switch";

export type SiteHeaderProps = { locale: Locale };

export function SiteHeader({ locale }: SiteHeaderProps) {
  const t = getMessages(locale);
  return (
    <header data-print="hide" className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href={homePath(locale)} className="font-semibold tracking-tight">
          {site.name[locale]}
        </Link>
        <nav aria-label={t.nav.primary} className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm sm:gap-x-5">
          <Link href={whitepaperPath(locale)} className="hover:underline">
            {t.nav.whitepaper}
          </Link>
          <Link href={statusPath(locale)} className="hover:underline">
            {t.nav.status}
          </Link>
          <Link href={faqPath(locale)} className="hover:underline">
            {t.nav.faq}
          </Link>
          <Link href={questionnairePath(locale)} className="hover:underline">
            {t.nav.questionnaire}
          </Link>
          <SearchLauncher locale={locale} label={t.nav.search} />
          <LanguageSwitch to={t.languageSwitch.otherLocale} label={t.languageSwitch.label} hint={t.languageSwitch.hint} />
        </nav>
      </div>
    </header>
  );
}
