// Runs after `contentlayer2 build` (which checks each file's fields): the site-wide rules of
// lib/content/validate.ts and lib/answers/validate.ts. Exits non-zero naming every offending file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { findAnswerProblems, type AnswerDoc } from "../lib/answers/validate";
import { readContentDir } from "../lib/content/source-files";
import { findContentProblems } from "../lib/content/validate";
import { locales } from "../lib/i18n/locales";
import { parseSiteConfig } from "../lib/site/config";
import { parseStatusConfig } from "../lib/status/config";
import { parseSubprocessorFile, type SubprocessorFile } from "../lib/subprocessors/schema";
import { readUpdatesDir } from "../lib/updates/source-files";
import { findUpdateProblems } from "../lib/updates/validate";

const root = process.argv[2] ?? "content";
const sections = readContentDir(root, locales);
const answersDir = path.join(root, "answers");
const answers: AnswerDoc[] = existsSync(answersDir)
  ? readdirSync(answersDir)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => {
        const file = path.join(answersDir, f);
        const data = parse(readFileSync(file, "utf8")) as Partial<AnswerDoc>;
        return {
          file,
          id: String(data.id ?? ""),
          cites: Array.isArray(data.cites) ? data.cites.map(String) : [],
          control: data.control,
        };
      })
  : [];
let controlIds: string[] = [];
const problems: string[] = [];
try {
  const config = parseStatusConfig(
    readFileSync(path.join(root, "controls.yaml"), "utf8"),
    path.join(root, "controls.yaml"),
  );
  controlIds = [...config.controls, ...config.backups].map((c) => c.id);
} catch (error) {
  problems.push((error as Error).message);
}
// Who runs the site: every key present, and each home page card linking to a section that exists.
try {
  const siteFile = path.join(root, "site.yaml");
  const site = parseSiteConfig(readFileSync(siteFile, "utf8"), siteFile);
  for (const locale of locales) {
    site[locale].home.protect.forEach((card, i) => {
      if (!sections.some((s) => s.locale === locale && s.id === card.section))
        problems.push(
          `${siteFile}: ${locale}.home.protect.${i}.section: no section "${card.section}" in ${path.join(root, locale)}`,
        );
    });
  }
} catch (error) {
  problems.push((error as Error).message);
}
problems.push(...findContentProblems(sections), ...findAnswerProblems(answers, sections, controlIds));
// Updates and the subprocessor list: links resolve, both locales agree, the notice period holds.
const subprocessorsFile = path.join(root, "subprocessors.yaml");
let subprocessors: SubprocessorFile | undefined;
try {
  subprocessors = parseSubprocessorFile(readFileSync(subprocessorsFile, "utf8"), subprocessorsFile);
} catch (error) {
  problems.push((error as Error).message);
}
const anchors = new Map(
  sections
    .filter((s) => s.locale === "en")
    .map((s) => [s.id, new Set(s.headings.flatMap((h) => (h.id ? [h.id] : [])))]),
);
const updates = readUpdatesDir(root);
problems.push(...findUpdateProblems(updates, anchors, subprocessors, subprocessorsFile));
if (problems.length > 0) {
  console.error(`Content check failed (${problems.length} problem${problems.length > 1 ? "s" : ""}):`);
  for (const p of problems) console.error(`  • ${p}`);
  process.exit(1);
}
console.log(
  `Content check passed: ${sections.length} sections, ${answers.length} answers, ${controlIds.length} live checks, ${updates.length} updates, ${subprocessors?.subprocessors.length ?? 0} subprocessors.`,
);
