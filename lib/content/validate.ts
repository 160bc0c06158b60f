import { defaultLocale, locales, type Locale } from "../i18n/locales";
import { parseAlias } from "./aliases";
import { HEADING_ID_PATTERN, type HeadingLine } from "./headings";

// Rules that span files, which a per-document schema cannot see. Contentlayer checks each
// file's fields; this checks the site: ids unique, anchors unique, both locales alike.
export type ContentDoc = {
  file: string;
  locale: string;
  id: string;
  order: number;
  aliases?: string[] | undefined;
  /** From the body's syntax tree (lib/content/outline.ts), lines counted in the file. */
  headings: HeadingLine[];
  /** "YYYY-MM-DD" as written; undefined when missing (Contentlayer reports that). */
  updated?: string | undefined;
  changes?: { date: string; summary: string }[] | undefined;
};

// Every locale the site has, the default first: the one the others are compared with.
export const REQUIRED_LOCALES: [Locale, ...Locale[]] = [defaultLocale, ...locales.filter((l) => l !== defaultLocale)];

function anchorsOf(doc: ContentDoc) {
  return doc.headings.map((h) => ({ ...h, where: `${doc.file}:${h.line}` }));
}

function checkDocument(doc: ContentDoc, problems: string[]) {
  const base = doc.file
    .split("/")
    .pop()
    ?.replace(/\.mdx$/, "");
  if (!HEADING_ID_PATTERN.test(doc.id))
    problems.push(`${doc.file}: id "${doc.id}" must be lowercase letters, digits and hyphens`);
  if (base !== doc.id) problems.push(`${doc.file}: id "${doc.id}" must match the file name "${base}.mdx"`);
  for (const h of anchorsOf(doc)) {
    if (!h.id || !HEADING_ID_PATTERN.test(h.id))
      problems.push(
        `${h.where}: heading "${h.title}" needs an explicit id such as [#${h.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}]`,
      );
  }
  checkChangeLog(doc, problems);
  for (const entry of doc.aliases ?? []) {
    if (!parseAlias(entry))
      problems.push(`${doc.file}: alias "${entry}" is neither a section id nor "#old-anchor -> new-anchor"`);
  }
}

/**
 * A reader who last reviewed the section on some day must find what changed since: moving
 * `updated` needs a change-log entry of that day, and no entry may be later than `updated`.
 */
function checkChangeLog(doc: ContentDoc, problems: string[]) {
  if (doc.updated === undefined || doc.changes === undefined) return;
  const dates = doc.changes.map((c) => c.date);
  const newest = [...dates].sort().at(-1);
  if (newest !== doc.updated)
    problems.push(
      `${doc.file}: updated is ${doc.updated} but the newest entry of changes is ${newest ?? "(none)"}; add a changes entry dated ${doc.updated} saying what changed`,
    );
  for (const change of doc.changes)
    if (!change.summary.trim()) problems.push(`${doc.file}: changes entry of ${change.date} needs a summary`);
}

function checkLocale(locale: string, docs: ContentDoc[], problems: string[]) {
  // Every id a URL or fragment can name in this locale, and who claimed it first.
  const claimed = new Map<string, string>();
  const claim = (id: string, where: string, what: string) => {
    const first = claimed.get(id);
    if (first) problems.push(`${where}: ${what} "${id}" is already used at ${first}`);
    else claimed.set(id, where);
  };
  for (const doc of docs) claim(doc.id, doc.file, "section id");
  for (const doc of docs) for (const h of anchorsOf(doc)) if (h.id) claim(h.id, h.where, "heading id");
  for (const doc of docs) {
    const headings = new Set(anchorsOf(doc).map((h) => h.id));
    for (const entry of doc.aliases ?? []) {
      const alias = parseAlias(entry);
      if (!alias) continue;
      claim(alias.from, doc.file, "alias");
      if (alias.kind === "anchor" && !headings.has(alias.to))
        problems.push(`${doc.file}: alias "${entry}" points to "#${alias.to}", which no heading in this file has`);
    }
  }
  const orders = new Map<number, string>();
  for (const doc of docs) {
    const first = orders.get(doc.order);
    if (first) problems.push(`${doc.file}: order ${doc.order} is already used by ${first}`);
    else orders.set(doc.order, doc.file);
  }
  if (docs.length === 0) problems.push(`content/${locale}: no sections`);
}

/** Both locales must offer the same sections, headings and order, so links switch cleanly. */
function checkParity(byLocale: Map<string, ContentDoc[]>, problems: string[]) {
  const [reference, ...others] = REQUIRED_LOCALES;
  const refDocs = new Map((byLocale.get(reference) ?? []).map((d) => [d.id, d]));
  for (const locale of others) {
    const docs = new Map((byLocale.get(locale) ?? []).map((d) => [d.id, d]));
    for (const [id, ref] of refDocs) {
      const doc = docs.get(id);
      if (!doc) {
        problems.push(`${ref.file}: section "${id}" has no ${locale} version (content/${locale}/${id}.mdx)`);
        continue;
      }
      const want = anchorsOf(ref)
        .map((h) => h.id)
        .join(", ");
      const have = anchorsOf(doc)
        .map((h) => h.id)
        .join(", ");
      if (want !== have) problems.push(`${doc.file}: headings [${have}] differ from ${ref.file} [${want}]`);
      if (doc.order !== ref.order)
        problems.push(`${doc.file}: order ${doc.order} differs from ${ref.file} (${ref.order})`);
      const days = (d: ContentDoc) =>
        (d.changes ?? [])
          .map((c) => c.date)
          .sort()
          .join(", ");
      if (doc.changes && ref.changes && days(doc) !== days(ref))
        problems.push(`${doc.file}: changes dated [${days(doc)}] differ from ${ref.file} [${days(ref)}]`);
    }
    for (const [id, doc] of docs)
      if (!refDocs.has(id)) problems.push(`${doc.file}: section "${id}" has no ${reference} version`);
  }
}

export function findContentProblems(docs: ContentDoc[]): string[] {
  const problems: string[] = [];
  const byLocale = new Map<string, ContentDoc[]>();
  for (const doc of docs) {
    checkDocument(doc, problems);
    byLocale.set(doc.locale, [...(byLocale.get(doc.locale) ?? []), doc]);
  }
  for (const [locale, list] of byLocale) checkLocale(locale, list, problems);
  checkParity(byLocale, problems);
  return problems;
}
