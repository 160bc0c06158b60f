import { allAnswers } from "contentlayer/generated";
import type { Locale } from "@/lib/i18n";
import type { LibraryEntry } from "./types";

export function getLibrary(locale: Locale): LibraryEntry[] {
  return allAnswers
    .map((a) => ({ id: a.id, ...a[locale], cites: a.cites, control: a.control, locale }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
