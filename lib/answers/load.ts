import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { parse } from "yaml";
import { outline } from "@/lib/content/outline";
import { getMessages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { site } from "@/lib/site/site";
import { toEntries, toPassages, type AnswerBase, type AnswerSource, type LibraryEntry } from "./types";

// The answer base read straight from content/, for the command line, benchmarks and tests,
// which run without a site build. Pages read the same files through Contentlayer, whose
// computed field runs the same outline() on the same MDX: one reading, two callers.

export function loadLibrary(locale: Locale, dir = path.join(process.cwd(), "content", "answers")): LibraryEntry[] {
  const answers = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => parse(readFileSync(path.join(dir, f), "utf8")) as AnswerSource);
  return toEntries(answers, locale);
}

export function loadAnswerBase(locale: Locale, root = path.join(process.cwd(), "content")): AnswerBase {
  const dir = path.join(root, locale);
  const sections = readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const { data, content } = matter(readFileSync(path.join(dir, f), "utf8"));
      return {
        id: String(data.id),
        title: String(data.title),
        order: Number(data.order),
        paragraphs: outline(content).paragraphs,
      };
    })
    .sort((a, b) => a.order - b.order);
  const { qualifiers } = getMessages(locale).questionnaire;
  return {
    locale,
    company: site.company,
    entries: loadLibrary(locale, path.join(root, "answers")),
    passages: sections.flatMap(toPassages),
    qualifiers,
  };
}
