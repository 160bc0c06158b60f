// Which files a static export carries (scripts/export-documents.mts, a step of npm run export):
// each public document's PDF, at the path its exported page links to. Gated ones never.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { exportedFilePath } from "./listing";
import { checkDocumentSource, safeDocumentFile } from "./source";

type Source = { id: string; file: string; kind: string; access: string };

/** Copies the public documents' files into `outDir`; returns their paths in the site. */
export function copyPublicDocuments(options: { contentDir: string; documentsDir: string; outDir: string }): string[] {
  const copied: string[] = [];
  for (const name of readdirSync(options.contentDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const doc = parse(readFileSync(path.join(options.contentDir, name), "utf8")) as Source;
    checkDocumentSource(`documents/${name}`, doc);
    if (doc.access !== "public") continue;
    const from = path.join(options.documentsDir, safeDocumentFile(doc.file)!);
    if (!existsSync(from))
      throw new Error(
        `content/documents/${name}: file "${doc.file}" is not in DOCUMENTS_DIR (${options.documentsDir})`,
      );
    const to = path.join(options.outDir, exportedFilePath(doc.id));
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
    copied.push(exportedFilePath(doc.id));
  }
  return copied;
}
