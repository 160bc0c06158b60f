// The watermark names the reader in their own script: a Chinese name and company are drawn with
// an embedded CJK font (a subset), read back through the font's ToUnicode map, never as "?".
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { expect, it } from "vitest";
import { stampedText } from "@/test/pdf-text";
import { examplePdf } from "./examples";
import { stampPdf } from "./stamp";

async function stamped(name: string, company: string): Promise<{ pdf: PDFDocument; size: number }> {
  const original = await examplePdf("Security overview", 2);
  const bytes = await stampPdf(original, {
    name,
    company,
    email: "zhang.wei@example.cn",
    date: "2026-11-29",
    downloadId: "dl-1",
  });
  return { pdf: await PDFDocument.load(bytes), size: bytes.length - original.length };
}

it("draws a Chinese name and company on every page with an embedded CJK font subset", async () => {
  const { pdf, size } = await stamped("张伟", "某某科技有限公司");
  const pages = stampedText(pdf);
  expect(pages).toHaveLength(2);
  for (const text of pages) {
    expect(text).toContain("Prepared for 张伟, 某某科技有限公司 <zhang.wei@example.cn> on 2026-11-29 - download dl-1");
    expect(text).not.toContain("?");
  }
  // The font travels in the file (a TrueType subset, FontFile2), so any viewer shows the same glyphs.
  const fonts = pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter(
      (object): object is PDFDict =>
        object instanceof PDFDict && object.get(PDFName.of("Type")) === PDFName.of("FontDescriptor"),
    );
  expect(fonts.map((f) => f.get(PDFName.of("FontName"))?.toString())).toEqual([expect.stringMatching(/^\/NotoSansSC/)]);
  const file = fonts[0]!.lookup(PDFName.of("FontFile2"));
  expect(file).toBeInstanceOf(PDFRawStream);
  // Only the glyphs drawn: kilobytes per copy, not the 1.5 MB font.
  expect(size).toBeLessThan(60_000);
});

it("draws a character outside the font's set as '?', and Latin text as it is", async () => {
  const { pdf } = await stamped("Zoë O'Brien 𠀀", "Acme Ltd");
  const [text] = stampedText(pdf);
  expect(text).toContain("Prepared for Zoë O'Brien ?, Acme Ltd <zhang.wei@example.cn>");
});
