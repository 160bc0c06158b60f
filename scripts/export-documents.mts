// Step of `npm run export` when NEXT_PUBLIC_DOCUMENTS_URL is not set: the static site has no
// server to send files, so each public document's PDF is copied to out/documents/files/<id>.pdf,
// where its page links (lib/documents/listing.ts). Gated documents are never copied.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { exportedFilePath } from "../lib/documents/listing";
import { checkDocumentSource, safeDocumentFile } from "../lib/documents/source";

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

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const copied = copyPublicDocuments({
    contentDir: "content/documents",
    documentsDir: process.env.DOCUMENTS_DIR || "documents",
    outDir: "out",
  });
  console.log(`documents: ${copied.length} public PDF(s) copied into out/documents/files`);
}
