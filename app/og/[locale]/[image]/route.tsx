import { isLocale } from "@/lib/i18n/locales";
import { renderOgCard } from "@/lib/og/card";
import { brandOf, ogPages, ogParams } from "@/lib/og/pages";
import { absoluteUrl } from "@/lib/site/site";

type Context = { params: Promise<{ locale: string; image: string }> };

// Generated at build time: a link pasted into Slack or email shows the section's own title.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return ogParams();
}

export async function GET(_request: Request, { params }: Context) {
  const { locale, image } = await params;
  const page = isLocale(locale) ? ogPages(locale).find((p) => p.image === image) : undefined;
  if (!page || !isLocale(locale)) return new Response("Not found", { status: 404 });
  return renderOgCard({
    brand: brandOf(locale),
    title: page.title,
    summary: page.summary,
    url: absoluteUrl(page.path).replace(/^https?:\/\//, ""),
  });
}
