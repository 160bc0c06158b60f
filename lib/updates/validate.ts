import { HEADING_ID_PATTERN } from "../content/headings";
import type { SubprocessorFile } from "../subprocessors/schema";
import type { UpdateDoc } from "./source-files";

// Rules across updates, sections and the subprocessor list, which a per-file schema cannot see.

/** Pages an update may link to besides sections: "subprocessors", "status". */
export const PAGE_LINKS = ["subprocessors", "status", "changes"] as const;
/** Segments under /updates/ that are not update ids. */
const RESERVED_IDS = ["kind", "feed", "feed.atom", "feed.json"];

const DAY = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

export type SectionAnchors = Map<string, Set<string>>;

function checkOne(doc: UpdateDoc, sections: SectionAnchors, problems: string[]) {
  const base = doc.file
    .split("/")
    .pop()
    ?.replace(/\.mdx$/, "");
  if (!HEADING_ID_PATTERN.test(doc.id) || RESERVED_IDS.includes(doc.id))
    problems.push(
      `${doc.file}: id "${doc.id}" must be lowercase letters, digits and hyphens, and not ${RESERVED_IDS.join(", ")}`,
    );
  if (base !== doc.id) problems.push(`${doc.file}: id "${doc.id}" must match the file name "${base}.mdx"`);
  for (const link of doc.links) {
    if ((PAGE_LINKS as readonly string[]).includes(link)) continue;
    const [section = "", anchor] = link.split("#");
    const anchors = sections.get(section);
    if (!anchors) problems.push(`${doc.file}: links: "${link}" names no section (or one of ${PAGE_LINKS.join(", ")})`);
    else if (anchor !== undefined && !anchors.has(anchor))
      problems.push(`${doc.file}: links: "${link}": section "${section}" has no heading #${anchor}`);
  }
  const changes = doc.adds.length + doc.removes.length;
  if (doc.kind !== "subprocessor" && (changes > 0 || doc.effective))
    problems.push(`${doc.file}: adds, removes and effective belong to updates of kind subprocessor`);
  if (changes > 0 && !doc.effective)
    problems.push(
      `${doc.file}: effective: an update that adds or removes a subprocessor needs the day the change takes effect`,
    );
}

/** Both locales tell the same update: same ids, and the same facts in the frontmatter. */
function checkParity(docs: UpdateDoc[], problems: string[]) {
  const en = new Map(docs.filter((d) => d.locale === "en").map((d) => [d.id, d]));
  const zh = new Map(docs.filter((d) => d.locale === "zh").map((d) => [d.id, d]));
  for (const [id, doc] of en)
    if (!zh.has(id)) problems.push(`${doc.file}: update "${id}" has no zh version (content/updates/zh/${id}.mdx)`);
  for (const [id, doc] of zh) {
    const ref = en.get(id);
    if (!ref) {
      problems.push(`${doc.file}: update "${id}" has no en version`);
      continue;
    }
    for (const field of ["kind", "date", "effective", "adds", "removes", "links"] as const) {
      if (JSON.stringify(doc[field]) !== JSON.stringify(ref[field]))
        problems.push(`${doc.file}: ${field} differs from ${ref.file}`);
    }
  }
}

/**
 * The notice rule: every subprocessor that joined or left the list after it was first published
 * was announced by an update of kind subprocessor, at least noticeDays before it took effect.
 */
function checkNotice(docs: UpdateDoc[], list: SubprocessorFile, listFile: string, problems: string[]) {
  const announcing = docs.filter((d) => d.locale === "en" && d.kind === "subprocessor");
  const known = new Set(list.subprocessors.map((s) => s.id));
  for (const doc of announcing) {
    for (const id of [...doc.adds, ...doc.removes])
      if (!known.has(id)) problems.push(`${doc.file}: "${id}" is not in ${listFile}`);
    if (doc.effective && daysBetween(doc.date, doc.effective) < list.noticeDays) {
      problems.push(
        `${doc.file}: effective ${doc.effective} is ${daysBetween(doc.date, doc.effective)} days after the update's date ${doc.date}; the notice period is ${list.noticeDays} days (noticeDays in ${listFile})`,
      );
    }
  }
  const check = (id: string, change: "adds" | "removes", on: string) => {
    const update = announcing.find((d) => d[change].includes(id));
    const verb = change === "adds" ? "added" : "removed";
    if (!update)
      problems.push(
        `${listFile}: "${id}" is ${verb} on ${on} but no update of kind subprocessor ${change} it (content/updates/en/*.mdx, ${change}: [${id}], effective: ${on})`,
      );
    else if (update.effective !== on)
      problems.push(
        `${listFile}: "${id}" is ${verb} on ${on} but ${update.file} says effective ${update.effective ?? "(none)"}`,
      );
  };
  for (const s of list.subprocessors) {
    if (s.since > list.firstPublished) check(s.id, "adds", s.since);
    if (s.until) check(s.id, "removes", s.until);
  }
}

export function findUpdateProblems(
  docs: UpdateDoc[],
  sections: SectionAnchors,
  list: SubprocessorFile | undefined,
  listFile: string,
): string[] {
  const problems: string[] = [];
  for (const doc of docs) checkOne(doc, sections, problems);
  checkParity(docs, problems);
  if (list) checkNotice(docs, list, listFile, problems);
  return problems;
}
