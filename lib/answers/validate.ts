import type { ContentDoc } from "@/lib/content/validate";
import { defaultLocale } from "@/lib/i18n/locales";

// The answer library's cross-file rules: every citation points at a real section and heading,
// every bound control exists, ids are unique and match their files.
export type AnswerDoc = { file: string; id: string; cites: string[]; control?: string | undefined };

export function findAnswerProblems(answers: AnswerDoc[], sections: ContentDoc[], controlIds: string[]): string[] {
  const problems: string[] = [];
  const anchors = new Map<string, Set<string>>();
  for (const s of sections.filter((d) => d.locale === defaultLocale))
    anchors.set(s.id, new Set(s.headings.flatMap((h) => h.id ?? [])));
  const seen = new Map<string, string>();
  for (const a of answers) {
    const base = a.file
      .split("/")
      .pop()
      ?.replace(/\.ya?ml$/, "");
    if (base !== a.id) problems.push(`${a.file}: id "${a.id}" must match the file name "${base}.yaml"`);
    const first = seen.get(a.id);
    if (first) problems.push(`${a.file}: id "${a.id}" is already used by ${first}`);
    seen.set(a.id, a.file);
    if (a.cites.length === 0) problems.push(`${a.file}: cites must name at least one section`);
    for (const cite of a.cites) {
      const [section = "", heading] = cite.split("#");
      const headings = anchors.get(section);
      if (!headings) problems.push(`${a.file}: cites "${cite}", but there is no section "${section}"`);
      else if (heading && !headings.has(heading))
        problems.push(`${a.file}: cites "${cite}", but section "${section}" has no heading "#${heading}"`);
    }
    if (a.control && !controlIds.includes(a.control))
      problems.push(`${a.file}: control "${a.control}" is not in content/controls.yaml`);
  }
  return problems;
}
