import { notFound } from "next/navigation";

// A URL under /zh that matches no page is answered inside the Chinese frame, by
// app/(zh)/zh/not-found.tsx, rather than by the English global not-found page, which is only
// for URLs that carry no locale. Server builds only (pageExtensions): a static host answers
// with the export's 404.html.
export default function MissingPage(): never {
  notFound();
}
