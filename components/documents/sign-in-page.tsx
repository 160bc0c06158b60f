import { documentsText } from "@/lib/documents/text";
import type { Locale } from "@/lib/i18n/locales";
import { buttonClass } from "./ui";

export type SignInPageProps = { locale: Locale; token: string; action: string };

/** A link from mail opens this; the button's post uses the link up (mail scanners only GET). */
export function SignInPage({ locale, token, action }: SignInPageProps) {
  const t = documentsText(locale).signIn;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3">{t.lead}</p>
      <form method="post" action={action} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className={buttonClass}>
          {t.submit}
        </button>
      </form>
    </div>
  );
}
