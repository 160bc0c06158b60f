import type { AnswerBase } from "@/lib/answers/types";
import type { Locale } from "@/lib/i18n/locales";
import { localeJsonUrl } from "@/lib/locale-json";

const loaded = new Map<Locale, Promise<AnswerBase>>();

/** The answer library and the whitepaper's paragraphs (app/answers/[file]/route.ts), fetched once per page view when first needed. */
export function loadAnswerBase(locale: Locale): Promise<AnswerBase> {
  let library = loaded.get(locale);
  if (!library) {
    library = fetch(localeJsonUrl("answers", locale)).then((response) => {
      if (!response.ok) throw new Error(`The answer library answered ${response.status}`);
      return response.json() as Promise<AnswerBase>;
    });
    // A failed fetch is tried again with the next questionnaire.
    library.catch(() => loaded.delete(locale));
    loaded.set(locale, library);
  }
  return library;
}
