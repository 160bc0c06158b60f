// Checks of one document file that the schema cannot express; run by contentlayer.config.ts, so a
// bad file stops the build naming it. No imports beyond Node: the content build loads this file.
import path from "node:path";

export const DOCUMENT_ID = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

/** The file, relative to DOCUMENTS_DIR, when it is a PDF inside it; undefined otherwise. */
export function safeDocumentFile(file: string): string | undefined {
  if (path.isAbsolute(file) || file.includes("\\") || file.includes("\0")) return undefined;
  const normal = path.posix.normalize(file);
  if (normal.startsWith("../") || normal === ".." || normal.startsWith("/") || !normal.toLowerCase().endsWith(".pdf"))
    return undefined;
  return normal;
}

export const DOCUMENT_KINDS = ["report", "policy", "certificate", "summary", "other"] as const;
export const ACCESS_LEVELS = ["public", "nda", "approval"] as const;

// Contentlayer lists an enum's options but does not refuse other values: checked here.
export function checkDocumentSource(
  sourceFile: string,
  doc: { id: string; file: string; kind: string; access: string },
): true {
  const { id, file, kind, access } = doc;
  const problems: string[] = [];
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind))
    problems.push(`kind "${kind}" must be one of ${DOCUMENT_KINDS.join(", ")}`);
  if (!(ACCESS_LEVELS as readonly string[]).includes(access))
    problems.push(`access "${access}" must be one of ${ACCESS_LEVELS.join(", ")}`);
  if (!DOCUMENT_ID.test(id)) problems.push(`id "${id}" must be lowercase letters, digits and hyphens`);
  if (path.basename(sourceFile, ".yaml") !== id) problems.push(`id "${id}" must match the file name`);
  if (!safeDocumentFile(file))
    problems.push(`file "${file}" must be a .pdf path inside the documents folder (no "..", not absolute)`);
  if (problems.length) throw new Error(`content/${sourceFile}: ${problems.join("; ")}`);
  return true;
}
