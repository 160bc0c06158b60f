import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import woff from "woff2sfnt-sfnt2woff";
import { degrees, PDFDocument, rgb, type PDFEmbeddedPage, type PDFFont, type PDFPage } from "pdf-lib";
import { DocumentsError } from "./errors";

export type Stamp = { name: string; company: string; email: string; date: string; downloadId: string };

/**
 * The stamp's font: Noto Sans SC (SIL Open Font License 1.1, the package's LICENSE file), from
 * @fontsource/noto-sans-sc, whose "chinese-simplified" file holds Latin and some 7,900 Chinese
 * characters (GB 2312 and more) as TrueType outlines. Embedded as a subset (only the glyphs the
 * stamp draws, a few KB per copy). The WOFF is unwrapped into TrueType once, when first used:
 * fontkit reads WOFF itself but inflates a table (in slow pure JS) on every access, which made
 * one stamp take seconds; it cannot read WOFF2 at all.
 * Resolved from the project root, like lib/og/fonts.ts: the bundler would rewrite require.resolve.
 */
export const STAMP_FONT_FILE = path.join(
  process.cwd(),
  "node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff",
);
let fontBytes: Promise<Uint8Array> | undefined;
const stampFont = () => {
  fontBytes ??= readFile(STAMP_FONT_FILE)
    .then((bytes) => new Uint8Array(woff.toSfnt(bytes)))
    .catch((error: unknown) => {
      fontBytes = undefined;
      throw error;
    });
  return fontBytes;
};

/**
 * fontkit, parsing the stamp's font once per process: every stamp embeds the same file, and
 * parsing it (4 MB, with its substitution tables on first layout) was most of a stamp's time.
 * Each embedding still makes its own subset of the one parsed font.
 */
type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];
const parsed = new WeakMap<Uint8Array, ReturnType<Fontkit["create"]>>();
const onceFontkit: Fontkit = {
  create(bytes, postscriptName) {
    const cached = parsed.get(bytes);
    if (cached) return cached;
    const font = fontkit.create(bytes, postscriptName);
    parsed.set(bytes, font);
    return font;
  },
};

/** A character the font has no glyph for (a rare one, outside its set) is drawn as "?", never as a blank box. */
let characters: Set<number> | undefined;
function drawable(font: PDFFont, text: string): string {
  // Every stamp embeds the same file: its character set is read once.
  const has = (characters ??= new Set(font.getCharacterSet()));
  return Array.from(text, (ch) => (has.has(ch.codePointAt(0)!) ? ch : "?")).join("");
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
  scratch.registerFontkit(onceFontkit);
  const font = await scratch.embedFont(await stampFont(), { subset: true });
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
  // Writes the subset font into the scratch document now: embedPage copies the page with what
  // its resources point to, and an unflushed font would be a reference to nothing.
  await scratch.flush();
  return page;
}
