import type { Locale } from "@/lib/i18n/locales";
import type { DocumentsText } from "@/lib/documents/text";
import { buttonClass, inputClass } from "./ui";

export type RequestFormProps = { locale: Locale; documentId: string; t: DocumentsText };

/** A plain form post (no script): the server answers with a 303 to a notice page. */
export function RequestForm({ locale, documentId, t }: RequestFormProps) {
  const idFor = (name: string) => `${documentId}-${name}`;
  return (
    <form method="post" action="/api/documents/request" className="mt-3 grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="document" value={documentId} />
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor={idFor("name")} className="text-sm font-medium">
        {t.form.name}
        <input id={idFor("name")} name="name" required maxLength={120} autoComplete="name" className={inputClass} />
      </label>
      <label htmlFor={idFor("email")} className="text-sm font-medium">
        {t.form.email}
        <input
          id={idFor("email")}
          name="email"
          type="email"
          required
          maxLength={254}
          autoComplete="email"
          className={inputClass}
        />
      </label>
      <label htmlFor={idFor("company")} className="text-sm font-medium">
        {t.form.company}
        <input
          id={idFor("company")}
          name="company"
          required
          maxLength={120}
          autoComplete="organization"
          className={inputClass}
        />
      </label>
      <label htmlFor={idFor("reason")} className="text-sm font-medium">
        {t.form.reason}
        <input id={idFor("reason")} name="reason" maxLength={1000} className={inputClass} />
      </label>
      <p className="text-sm text-slate-600 sm:col-span-2 dark:text-slate-400">{t.form.hint}</p>
      <div className="sm:col-span-2">
        <button type="submit" className={buttonClass}>
          {t.form.submit}
        </button>
      </div>
    </form>
  );
}
