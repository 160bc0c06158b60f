import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { site } from "@/lib/site/site";

/**
 * A placeholder PDF for the demo: every page says in large type that it is an example and no
 * real report, so a stamped copy shared around cannot be mistaken for one.
 */
export async function examplePdf(title: string, pages = 3): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`EXAMPLE - ${title}`);
  pdf.setCreator("trust-center demo");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([595, 842]);
    page.drawText("EXAMPLE DOCUMENT", { x: 60, y: 760, size: 28, font: bold, color: rgb(0.7, 0.1, 0.1) });
    page.drawText(title, { x: 60, y: 720, size: 14, font });
    const lines = [
      "This file was generated for the trust center's demo. It is not a report, policy",
      `or certificate, and ${site.company} has published no such document here. It shows how a`,
      "gated document is shared: request, NDA, approval and a copy stamped for its reader.",
      `Page ${n} of ${pages}.`,
    ];
    lines.forEach((line, i) => page.drawText(line, { x: 60, y: 670 - i * 18, size: 11, font }));
  }
  return pdf.save();
}
