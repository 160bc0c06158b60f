import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { locales as allLocales } from "../i18n/locales";
import { outline } from "./outline";
import type { ContentDoc } from "./validate";

// gray-matter (js-yaml) reads 2026-11-29 as a Date.
const day = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : value == null ? undefined : String(value);

/** Reads content/<locale>/*.mdx as written, for the site-wide checks (script and tests). */
export function readContentDir(root: string, locales: readonly string[] = allLocales): ContentDoc[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && locales.includes(entry.name))
    .flatMap((dir) =>
      readdirSync(path.join(root, dir.name))
        .filter((name) => name.endsWith(".mdx"))
        .map((name) => {
          const file = path.join(root, dir.name, name);
          const text = readFileSync(file, "utf8");
          const { data, content } = matter(text);
          // Blank lines stand in for the frontmatter so problems report the file's own line numbers.
          const frontmatterLines = text.split("\n").length - content.split("\n").length;
          return {
            file: path.relative(process.cwd(), file),
            locale: dir.name,
            id: String(data.id ?? ""),
            order: Number(data.order),
            aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : undefined,
            updated: day(data.updated),
            changes: Array.isArray(data.changes)
              ? data.changes.map((c: { date?: unknown; summary?: unknown }) => ({
                  date: day(c?.date) ?? "",
                  summary: String(c?.summary ?? ""),
                }))
              : undefined,
            headings: outline("\n".repeat(frontmatterLines) + content).headings,
          };
        }),
    );
}
