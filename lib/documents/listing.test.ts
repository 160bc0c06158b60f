import { expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { documentOffers, type ListingMode } from "./listing";

const docs = [
  { id: "summary", access: "public" as const },
  { id: "policy", access: "nda" as const },
  { id: "soc2", access: "approval" as const },
];
const offers = (locale: Locale, where: ListingMode) =>
  documentOffers(docs, locale, where).map(({ doc, offer }) => [doc.id, offer.kind, offer.href]);

it("on the server: every document, public ones to download, gated ones with the request form", () => {
  expect(offers("zh", { mode: "server" })).toEqual([
    ["summary", "download", "/api/documents/download/summary?locale=zh"],
    ["policy", "gated", "/api/documents/download/policy?locale=zh"],
    ["soc2", "gated", "/api/documents/download/soc2?locale=zh"],
  ]);
});

it("a static export with NEXT_PUBLIC_DOCUMENTS_URL: public files and gated pages on that deployment", () => {
  expect(offers("en", { mode: "export", serverUrl: "https://trust.example.com/" })).toEqual([
    ["summary", "download", "https://trust.example.com/api/documents/download/summary"],
    ["policy", "elsewhere", "https://trust.example.com/documents#policy"],
    ["soc2", "elsewhere", "https://trust.example.com/documents#soc2"],
  ]);
  expect(offers("zh", { mode: "export", serverUrl: "https://trust.example.com" })[1]).toEqual([
    "policy",
    "elsewhere",
    "https://trust.example.com/zh/documents#policy",
  ]);
});

it("a static export without one: public documents from the export's own copy, gated ones left out", () => {
  expect(offers("en", { mode: "export", serverUrl: "" })).toEqual([
    ["summary", "download", "/documents/files/summary.pdf"],
  ]);
});
