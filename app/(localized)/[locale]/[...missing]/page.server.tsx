import { notFound } from "next/navigation";

// A URL under /<locale> that matches no page is answered inside that locale's frame, by
// ../not-found.tsx, rather than by the global not-found page, which is only for URLs that carry
// no locale. Server builds only (pageExtensions): a static host answers with the export's 404.html.
// Rendered per request and never cached: any URL may land here.
export const dynamic = "force-dynamic";

export default function MissingPage(): never {
  notFound();
}
