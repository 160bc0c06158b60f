import { allAnswers } from "contentlayer/generated";
import type { Locale } from "@/lib/i18n";
import { toEntries, type LibraryEntry } from "./types";

export function getLibrary(locale: Locale): LibraryEntry[] {
  return toEntries(allAnswers, locale);
}
