import { languageTag, whitepaperPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";

/** `also`: further languages to offer the way back in, for a 404 whose URL's language is unknown to the frame. */
export type NotFoundContentProps = { locale: Locale; also?: Locale[] };

export function NotFoundContent({ locale, also = [] }: NotFoundContentProps) {
  const t = getMessages(locale);
  return (
    // data-http-status: the production server sends a page carrying it as a 404 (server/page-response.mjs),
    // for the locale's own 404 page, which Next builds as a page like any other.
    <div className="max-w-2xl" data-http-status="404">
      <h1 className="text-3xl font-bold">{t.notFound.title}</h1>
      <p className="mt-4">
        {t.notFound.text}{" "}
        <a className="underline" href={whitepaperPath(locale)}>
          {t.whitepaper.title}
        </a>
      </p>
      {also.map((other) => {
        const o = getMessages(other);
        return (
          <p key={other} lang={languageTag[other]} className="mt-4">
            {o.notFound.text}{" "}
            <a className="underline" href={whitepaperPath(other)}>
              {o.whitepaper.title}
            </a>
          </p>
        );
      })}
    </div>
  );
}
