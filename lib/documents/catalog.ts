import "server-only";
import { allNdas, allTrustDocuments, type Nda, type TrustDocument } from "contentlayer/generated";
import type { Locale } from "@/lib/i18n/locales";
import { DOCUMENT_ID } from "./source";
import type { DocumentInfo, NdaInfo } from "./types";

// The documents and the NDA as content (content/documents/*.yaml, content/nda/<locale>.md).

const ORDER = { public: 0, nda: 1, approval: 2 } as const;

export function listDocuments(): TrustDocument[] {
  return [...allTrustDocuments].sort((a, b) => ORDER[a.access] - ORDER[b.access] || a.id.localeCompare(b.id));
}

/** A document by id; anything but a well-formed id (../, %2e, long input) is simply unknown. */
export function findDocument(id: string): TrustDocument | undefined {
  return DOCUMENT_ID.test(id) ? allTrustDocuments.find((d) => d.id === id) : undefined;
}

export function documentInfo(id: string): DocumentInfo | undefined {
  const doc = findDocument(id);
  return (
    doc && {
      id: doc.id,
      access: doc.access,
      version: doc.version,
      file: doc.file,
      title: { en: doc.en.title, zh: doc.zh.title },
    }
  );
}

export function ndaText(locale: Locale): Nda {
  const nda = allNdas.find((n) => n.locale === locale);
  if (!nda) throw new Error(`content/nda/${locale}.md is missing`);
  return nda;
}

export function ndaInfo(locale: Locale): NdaInfo {
  const nda = ndaText(locale);
  return { version: nda.version, sha256: nda.sha256, locale };
}
