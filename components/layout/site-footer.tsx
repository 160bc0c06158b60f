import { changesPath, machinePaths, subprocessorsPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { site } from "@/lib/site/site";

export type SiteFooterProps = { locale: Locale };

export function SiteFooter({ locale }: SiteFooterProps) {
  const t = getMessages(locale).footer;
  return (
    <footer className="mt-16 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-slate-600 dark:text-slate-400">
        <span>
          {t.contact}:{" "}
          <a className="underline" href={`mailto:${site.securityContact}`}>
            {site.securityContact}
          </a>
        </span>
        <a className="underline" href={subprocessorsPath(locale)} data-print="hide">
          {t.subprocessors}
        </a>
        <a className="underline" href={changesPath(locale)} data-print="hide">
          {t.changes}
        </a>
        <a className="underline" href={machinePaths.securityTxt} data-print="hide">
          {t.securityTxt}
        </a>
        <span>© {site.company}</span>
      </div>
    </footer>
  );
}
