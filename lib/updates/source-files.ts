import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";

/** An update's frontmatter as written, for the site-wide checks (script and tests). */
export type UpdateDoc = {
  file: string;
  locale: string;
  id: string;
  kind: string;
  date: string;
  effective: string | undefined;
  adds: string[];
  removes: string[];
  links: string[];
};

// gray-matter (js-yaml) reads 2026-11-29 as a Date.
const day = (value: unknown): string | undefined =>
  value instanceof Date
    ? value.toISOString().slice(0, 10)
    : value === undefined || value === null
      ? undefined
      : String(value);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Reads <root>/updates/<locale>/*.mdx. */
export function readUpdatesDir(root: string, locales: string[] = ["en", "zh"]): UpdateDoc[] {
  return locales.flatMap((locale) => {
    const dir = path.join(root, "updates", locale);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => {
        const file = path.join(dir, name);
        const { data } = matter(readFileSync(file, "utf8"));
        return {
          file: path.relative(process.cwd(), file),
          locale,
          id: String(data.id ?? ""),
          kind: String(data.kind ?? ""),
          date: day(data.date) ?? "",
          effective: day(data.effective),
          adds: list(data.adds),
          removes: list(data.removes),
          links: list(data.links),
        };
      });
  });
}
