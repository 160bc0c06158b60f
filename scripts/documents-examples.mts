// Build step: writes the demo's example PDFs (content/documents/*.yaml whose file is under
// examples/) into DOCUMENTS_DIR, so a fresh clone shows the whole flow. Real documents are the
// operator's own files in that folder; this never overwrites a file outside examples/.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { examplePdf } from "../lib/documents/examples";
import { safeDocumentFile } from "../lib/documents/source";

const dir = process.env.DOCUMENTS_DIR || "documents";
const sources = readdirSync("content/documents").filter((f) => f.endsWith(".yaml"));
let written = 0;
for (const name of sources) {
  const doc = parse(readFileSync(path.join("content/documents", name), "utf8")) as {
    file?: string;
    en?: { title?: string };
  };
  const file = doc.file && safeDocumentFile(doc.file);
  if (!file?.startsWith("examples/")) continue;
  const target = path.join(dir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, await examplePdf(doc.en?.title ?? name));
  written++;
}
console.log(`documents: ${written} example PDF(s) in ${path.join(dir, "examples")}`);
