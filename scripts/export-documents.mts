// Step of `npm run export` when NEXT_PUBLIC_DOCUMENTS_URL is not set: the static site has no
// server to send files, so each public document's PDF is copied to out/documents/files/<id>.pdf,
// where its page links (lib/documents/listing.ts). Gated documents are never copied.
import { copyPublicDocuments } from "../lib/documents/export-files";

const copied = copyPublicDocuments({
  contentDir: "content/documents",
  documentsDir: process.env.DOCUMENTS_DIR || "documents",
  outDir: "out",
});
console.log(`documents: ${copied.length} public PDF(s) copied into out/documents/files`);
