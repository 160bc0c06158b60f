import { findDocument, ndaText } from "@/lib/documents/catalog";
import { openVerifyLink } from "@/lib/documents/requests";
import { documentsDeps } from "@/lib/documents/service";
import { documentsText } from "@/lib/documents/text";
import type { Locale } from "@/lib/i18n/locales";
import { NoticePage } from "./notice-page";
import { buttonClass } from "./ui";

export type VerifyPageProps = { locale: Locale; token: string };

/**
 * The page the mail link opens: the NDA and a form to accept it. Opening it uses nothing up (mail
 * scanners open links); the post does. The form carries the SHA-256 of the text shown here.
 */
export async function VerifyPage({ locale, token }: VerifyPageProps) {
  const t = documentsText(locale);
  const request = token ? await openVerifyLink(documentsDeps(), token).catch(() => undefined) : undefined;
  if (!request || request.status !== "unverified") return <NoticePage locale={locale} notice="link" />;
  const nda = ndaText(locale);
  const doc = findDocument(request.documentId);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t.nda.title}</h1>
      <p className="mt-3">{t.nda.lead}</p>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        {t.nda.requestFor}: {doc?.[locale].title} · {t.nda.version} {nda.version} · {t.nda.effective}{" "}
        {nda.effective.slice(0, 10)}
      </p>
      <article
        className="prose mt-6 max-w-none rounded-md border border-slate-200 p-4 dark:prose-invert dark:border-slate-800"
        dangerouslySetInnerHTML={{ __html: nda.body.html }}
      />
      <form method="post" action="/api/documents/accept" className="mt-6 grid gap-4">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="nda" value={nda.sha256} />
        <input type="hidden" name="locale" value={locale} />
        <label className="flex items-start gap-2">
          <input type="checkbox" name="accept" value="yes" required className="mt-1" />
          <span>{t.nda.accept}</span>
        </label>
        <div>
          <button type="submit" className={buttonClass}>
            {t.nda.submit}
          </button>
        </div>
      </form>
    </div>
  );
}
