import { defaultLocale, documentsPath, type Locale } from "@/lib/i18n/locales";
import type { Access } from "./types";

/** Where the documents page runs: on the server (requests, downloads), or in a static export. */
export type ListingMode = { mode: "server" } | { mode: "export"; serverUrl: string };

/**
 * What the page offers for a document: a download (a public file, or a gated one for a signed-in
 * reader, with the request form beside it), or a link to the server deployment's page.
 */
export type DocumentOffer =
  { kind: "download"; href: string } | { kind: "gated"; href: string } | { kind: "elsewhere"; href: string };

/** Where scripts/export.mjs puts a public document's file in a static export. */
export const exportedFilePath = (id: string) => `/documents/files/${id}.pdf`;

/**
 * The documents a page lists and what it offers for each. On the server: all of them. In a static
 * export, which has no server to check access: public documents with their file (copied into the
 * export, or from the server deployment when NEXT_PUBLIC_DOCUMENTS_URL names one), gated ones
 * linked to that deployment's documents page, or left out when there is none.
 */
export function documentOffers<D extends { id: string; access: Access }>(
  docs: readonly D[],
  locale: Locale,
  where: ListingMode,
): { doc: D; offer: DocumentOffer }[] {
  const download = (id: string) =>
    `/api/documents/download/${id}${locale === defaultLocale ? "" : `?locale=${locale}`}`;
  if (where.mode === "server")
    return docs.map((doc) => ({
      doc,
      offer: { kind: doc.access === "public" ? "download" : "gated", href: download(doc.id) },
    }));
  const server = where.serverUrl.replace(/\/+$/, "");
  return docs.flatMap((doc): { doc: D; offer: DocumentOffer }[] => {
    if (doc.access === "public")
      return [
        {
          doc,
          offer: {
            kind: "download",
            href: server ? `${server}${download(doc.id)}` : exportedFilePath(doc.id),
          },
        },
      ];
    return server ? [{ doc, offer: { kind: "elsewhere", href: `${server}${documentsPath(locale)}#${doc.id}` } }] : [];
  });
}
