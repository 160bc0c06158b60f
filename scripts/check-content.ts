// Runs after `contentlayer2 build` (which checks each file's fields): the site-wide rules of
// lib/content/validate.ts. Exits non-zero naming every offending file.
import { readContentDir } from "../lib/content/source-files";
import { findContentProblems } from "../lib/content/validate";

const docs = readContentDir(process.argv[2] ?? "content");
const problems = findContentProblems(docs);
if (problems.length > 0) {
  console.error(`Content check failed (${problems.length} problem${problems.length > 1 ? "s" : ""}):`);
  for (const p of problems) console.error(`  • ${p}`);
  process.exit(1);
}
console.log(`Content check passed: ${docs.length} documents.`);
