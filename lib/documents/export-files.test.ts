import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { copyPublicDocuments } from "./export-files";

function fixture(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), "export-documents-"));
  const dirs = {
    contentDir: path.join(root, "content"),
    documentsDir: path.join(root, "docs"),
    outDir: path.join(root, "out"),
  };
  mkdirSync(dirs.contentDir);
  mkdirSync(path.join(dirs.documentsDir, "examples"), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dirs.contentDir, name), text);
  return dirs;
}
const yaml = (id: string, access: string) => `id: ${id}\nkind: summary\naccess: ${access}\nfile: examples/${id}.pdf\n`;

it("copies only the public documents' files, to the path the exported page links to", () => {
  const dirs = fixture({ "open.yaml": yaml("open", "public"), "secret.yaml": yaml("secret", "nda") });
  writeFileSync(path.join(dirs.documentsDir, "examples/open.pdf"), "%PDF open");
  writeFileSync(path.join(dirs.documentsDir, "examples/secret.pdf"), "%PDF secret");
  expect(copyPublicDocuments(dirs)).toEqual(["/documents/files/open.pdf"]);
  expect(readdirSync(path.join(dirs.outDir, "documents/files"))).toEqual(["open.pdf"]);
  expect(readFileSync(path.join(dirs.outDir, "documents/files/open.pdf"), "utf8")).toBe("%PDF open");
});

it("stops the export naming the source when a public document's file is missing or its path leaves the folder", () => {
  const missing = fixture({ "open.yaml": yaml("open", "public") });
  expect(() => copyPublicDocuments(missing)).toThrow(
    /content\/documents\/open\.yaml: file "examples\/open\.pdf" is not in DOCUMENTS_DIR/,
  );
  const outside = fixture({ "bad.yaml": "id: bad\nkind: summary\naccess: public\nfile: ../../etc/passwd.pdf\n" });
  expect(() => copyPublicDocuments(outside)).toThrow(
    /content\/documents\/bad\.yaml: file "\.\.\/\.\.\/etc\/passwd\.pdf"/,
  );
});
