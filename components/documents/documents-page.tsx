import type { TrustDocument } from "contentlayer/generated";
import { listDocuments } from "@/lib/documents/catalog";
import { documentOffers, type DocumentOffer, type ListingMode } from "@/lib/documents/listing";
import { documentsText } from "@/lib/documents/text";
import type { Locale } from "@/lib/i18n/locales";
import { RequestForm } from "./request-form";

export type DocumentsPageProps = { locale: Locale };

// A static export has no server for requests and downloads: lib/documents/listing.ts decides
// what it offers, from these (next.config.js sets them).
const where: ListingMode =
  process.env.NEXT_PUBLIC_DOCUMENTS_MODE === "export"
    ? { mode: "export", serverUrl: process.env.NEXT_PUBLIC_DOCUMENTS_URL ?? "" }
    : { mode: "server" };

function DocumentEntry({ doc, offer, locale }: { doc: TrustDocument; offer: DocumentOffer; locale: Locale }) {
  const t = documentsText(locale);
  const text = doc[locale];
  return (
    <li className="py-6" id={doc.id}>
      <h2 className="text-lg font-semibold">{text.title}</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {t.kind[doc.kind]} · {t.access[doc.access]} · {t.version} {doc.version}
        {doc.validUntil ? ` · ${t.validUntil} ${doc.validUntil.slice(0, 10)}` : ""}
      </p>
      <p className="mt-2">{text.description}</p>
      {offer.kind === "elsewhere" ? (
        <p className="mt-3">
          <a className="underline" href={offer.href}>
            {t.elsewhere}
          </a>
        </p>
      ) : offer.kind === "download" ? (
        <p className="mt-3">
          <a className="underline" href={offer.href}>
            {t.download}
          </a>
        </p>
      ) : (
        <>
          <p className="mt-3 text-sm">
            <a className="underline" href={offer.href}>
              {t.download}
            </a>{" "}
            <span className="text-slate-600 dark:text-slate-400">{t.downloadHint}</span>
          </p>
          <details className="mt-3">
            <summary className="cursor-pointer font-medium">{t.request}</summary>
            <RequestForm locale={locale} documentId={doc.id} t={t} />
          </details>
        </>
      )}
    </li>
  );
}

export function DocumentsPage({ locale }: DocumentsPageProps) {
  const t = documentsText(locale);
  const docs = documentOffers(listDocuments(), locale, where);
  const examples = docs.some(({ doc }) => doc.file.startsWith("examples/"));
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t.lead}</p>
      {examples ? (
        <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {t.demoNote}
        </p>
      ) : null}
      {docs.length === 0 ? (
        <p className="mt-6">{t.none}</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-800">
          {docs.map(({ doc, offer }) => (
            <DocumentEntry key={doc.id} doc={doc} offer={offer} locale={locale} />
          ))}
        </ul>
      )}
    </div>
  );
}
