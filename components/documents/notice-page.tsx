import { documentsText, type Notice } from "@/lib/documents/text";
import { documentsPath, type Locale } from "@/lib/i18n/locales";

export type NoticePageProps = { locale: Locale; notice: Notice };

/** Where each documents form ends: one sentence on what happened, and the way back. */
export function NoticePage({ locale, notice }: NoticePageProps) {
  const t = documentsText(locale);
  const { title, text } = t.notices[notice];
  return (
    <div className="mx-auto max-w-2xl" data-notice={notice}>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3">{text}</p>
      <p className="mt-6">
        <a className="underline" href={documentsPath(locale)}>
          {t.back}
        </a>
      </p>
    </div>
  );
}
