// The text a stamped PDF shows, read back with pdf-lib (no text extractor is among the project's
// packages): the form XObjects each page draws ("/Name Do"), their text-showing operators
// ("<hex> Tj"), and each font's ToUnicode CMap, which pdf-lib writes as bfchar entries, to turn
// glyph ids back into characters. A standard font's hex string is its Latin-1 bytes.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFPage } from "pdf-lib";

const decoded = (object: unknown) =>
  object instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(object).decode()).toString("latin1") : "";

/** Each font of the resources, by its resource name: glyph id (4 hex digits) to text, or undefined for a standard font. */
function fontMaps(resources: PDFDict | undefined): Map<string, Map<string, string> | undefined> {
  const maps = new Map<string, Map<string, string> | undefined>();
  const fonts = resources?.lookupMaybe(PDFName.of("Font"), PDFDict);
  for (const [name, ref] of fonts?.entries() ?? []) {
    const font = fonts?.context.lookup(ref, PDFDict);
    const cmap = decoded(font?.lookup(PDFName.of("ToUnicode")));
    if (!cmap) {
      maps.set(name.decodeText(), undefined);
      continue;
    }
    const glyphs = new Map<string, string>();
    for (const [, glyph = "", unicode = ""] of cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/gi))
      glyphs.set(glyph.toLowerCase(), Buffer.from(unicode, "hex").swap16().toString("utf16le"));
    maps.set(name.decodeText(), glyphs);
  }
  return maps;
}

/** The text a content stream shows with "<hex> Tj", in order, through the fonts it selects with "Tf". */
function shownText(content: string, fonts: Map<string, Map<string, string> | undefined>): string {
  let font: Map<string, string> | undefined;
  let text = "";
  for (const [, name, hex] of content.matchAll(/\/(\S+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj/g)) {
    if (name !== undefined) font = fonts.get(name);
    else if (!font) text += Buffer.from(hex ?? "", "hex").toString("latin1");
    else text += Array.from((hex ?? "").toLowerCase().match(/.{4}/g) ?? [], (g) => font?.get(g) ?? "\uFFFD").join("");
  }
  return text;
}

/** The text of the form XObjects each page shows, one string per page. */
export function stampedText(pdf: PDFDocument): string[] {
  return pdf.getPages().map((page: PDFPage) => {
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    const names = streams.flatMap((stream) => Array.from(decoded(stream).matchAll(/\/(\S+) Do/g), (m) => m[1]!));
    const xobjects = page.node.Resources()?.lookup(PDFName.of("XObject"), PDFDict);
    return names
      .map((name) => {
        const form = xobjects?.lookup(PDFName.of(name));
        const resources =
          form instanceof PDFRawStream ? form.dict.lookupMaybe(PDFName.of("Resources"), PDFDict) : undefined;
        return shownText(decoded(form), fontMaps(resources));
      })
      .join("\n");
  });
}
