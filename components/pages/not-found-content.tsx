import { whitepaperPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";

export type NotFoundContentProps = { locale: Locale };

export function NotFoundContent({ locale }: NotFoundContentProps) {
  const t = getMessages(locale);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t.notFound.title}</h1>
      <p className="mt-4">
        {t.notFound.text} <a className="underline" href={whitepaperPath(locale)}>{t.whitepaper.title}</a>
      </p>
    </div>
  );
}
