// Runs after `contentlayer2 build`: site-wide content rules (see lib/content/validate.ts).
import { readFileSync } from "node:fs";
import { findContentProblems, type ContentDoc } from "../lib/content/validate";

type Generated = { id: string; locale: string; order: number; aliases?: string[]; body: { raw: string }; _raw: { sourceFilePath: string } };

const index = ".contentlayer/generated/Section/_index.json";
const generated = JSON.parse(readFileSync(index, "utf8")) as Generated[];
const docs: ContentDoc[] = generated.map((d) => ({
  file: `content/${d._raw.sourceFilePath}`,
  locale: d.locale,
  id: d.id,
  order: d.order,
  aliases: d.aliases,
  body: d.body.raw,
}));

const problems = findContentProblems(docs);
if (problems.length > 0) {
  console.error(`Content check failed (${problems.length} problem${problems.length > 1 ? "s" : ""}):`);
  for (const p of problems) console.error(`  • ${p}`);
  process.exit(1);
}
console.log(`Content check passed: ${docs.length} documents.`);
