import { sectionDataFile, sectionDataFiles } from "@/lib/content/section-data";
import { isLocale, locales } from "@/lib/i18n/locales";

// /security/<id>.md and .json (and under /zh): served here through the rewrites in
// next.config.js; scripts/export.mjs moves the files to those paths in a static export.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => sectionDataFiles(locale).map(({ file }) => ({ locale, file })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  const data = isLocale(locale) ? sectionDataFile(locale, file) : undefined;
  if (!data) return new Response("Not found", { status: 404 });
  return new Response(data.body, { headers: { "Content-Type": data.type } });
}
