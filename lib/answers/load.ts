import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { Locale } from "@/lib/i18n";
import { toEntries, type AnswerSource, type LibraryEntry } from "./types";

/**
 * The library read straight from content/answers/*.yaml, for the command line and benchmarks,
 * which run without a site build. (Pages read the same files through Contentlayer, which has
 * validated them.)
 */
export function loadLibrary(locale: Locale, dir = path.join(process.cwd(), "content", "answers")): LibraryEntry[] {
  const answers = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => parse(readFileSync(path.join(dir, f), "utf8")) as AnswerSource);
  return toEntries(answers, locale);
}
