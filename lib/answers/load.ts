import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { Locale } from "@/lib/i18n";
import type { LibraryEntry } from "./types";

type RawAnswer = { id: string; cites: string[]; control?: string; en: Omit<LibraryEntry, "id" | "cites" | "control" | "locale">; zh: Omit<LibraryEntry, "id" | "cites" | "control" | "locale"> };

/**
 * The library read straight from content/answers/*.yaml, for the command line and benchmarks,
 * which run without a site build. (Pages read the same files through Contentlayer, which has
 * validated them.)
 */
export function loadLibrary(locale: Locale, dir = path.join(process.cwd(), "content", "answers")): LibraryEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => parse(readFileSync(path.join(dir, f), "utf8")) as RawAnswer)
    .map((a) => ({ id: a.id, ...a[locale], cites: a.cites, control: a.control, locale }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
