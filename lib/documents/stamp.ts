import { degrees, PDFDocument, rgb, StandardFonts, type PDFEmbeddedPage, type PDFFont, type PDFPage } from "pdf-lib";
import { DocumentsError } from "./errors";

export type Stamp = { name: string; company: string; email: string; date: string; downloadId: string };

/**
 * Text in the standard Helvetica font (no font file to ship, and fast: a 100-page PDF in well
 * under the bench's budget). Helvetica draws Latin text only; a character it cannot (a Chinese
 * name) is drawn as "?", and the address, which is ASCII, always names the reader.
 */
function drawable(font: PDFFont, text: string): string {
  return Array.from(text, (ch) => {
    try {
      font.encodeText(ch);
      return ch;
    } catch {
      return "?";
    }
  }).join("");
}

/**
 * The PDF with every page stamped: who it was prepared for, their company and address, the date
 * and the download id, along the bottom and faintly across the page. A file that pdf-lib cannot
 * read or write throws `stamp`: the caller sends nothing, never the unstamped file.
 */
export async function stampPdf(bytes: Uint8Array, stamp: Stamp): Promise<Uint8Array> {
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = pdf.getPages();
    if (pages.length === 0) throw new Error("the PDF has no pages");
    // The stamp is drawn once per page size into a form XObject that every page of that size
    // shows: 100 pages cost one drawing, not 100 (bench:documents measures it).
    const stamps = new Map<string, PDFEmbeddedPage>();
    for (const page of pages) {
      const { width, height } = page.getSize();
      const key = `${width}x${height}`;
      let embedded = stamps.get(key);
      if (!embedded) {
        embedded = await pdf.embedPage(await drawStamp(width, height, stamp));
        stamps.set(key, embedded);
      }
      page.drawPage(embedded, { x: 0, y: 0, width, height });
    }
    pdf.setSubject(`Prepared for ${stamp.email}, download ${stamp.downloadId}`);
    return await pdf.save({ useObjectStreams: false });
  } catch (error) {
    throw new DocumentsError("stamp", "the document could not be watermarked; nothing was sent", {}, { cause: error });
  }
}

/** One page of the stamp alone, on a transparent page of the given size. */
async function drawStamp(width: number, height: number, stamp: Stamp): Promise<PDFPage> {
  const scratch = await PDFDocument.create();
  const font = await scratch.embedFont(StandardFonts.Helvetica);
  const page = scratch.addPage([width, height]);
  const line = drawable(
    font,
    `Prepared for ${stamp.name}, ${stamp.company} <${stamp.email}> on ${stamp.date} - download ${stamp.downloadId} - confidential, do not redistribute`,
  );
  const across = drawable(font, `${stamp.email} - ${stamp.downloadId}`);
  const size = Math.max(5, Math.min(8, (width - 40) / font.widthOfTextAtSize(line, 1)));
  page.drawText(line, { x: 20, y: 14, size, font, color: rgb(0.35, 0.35, 0.35) });
  const big = Math.min(28, (Math.hypot(width, height) * 0.7) / font.widthOfTextAtSize(across, 1));
  page.drawText(across, {
    x: width * 0.12,
    y: height * 0.2,
    size: big,
    font,
    color: rgb(0.6, 0.6, 0.6),
    opacity: 0.18,
    rotate: degrees((Math.atan2(height, width) * 180) / Math.PI),
  });
  return page;
}
