import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defineDocumentType, defineNestedType, makeSource } from "contentlayer2/source-files";
import { redirectsFor } from "./lib/content/aliases";
import { htmlFromMdx, markdownFromMdx, textFromMdx } from "./lib/content/markdown";
import { outline } from "./lib/content/outline";
import { checkDocumentSource } from "./lib/documents/source";
import { remarkHeadingIds } from "./lib/content/remark-heading-ids";
import type { TocEntry } from "./lib/content/headings";
import { homePath, locales, sectionPath, whitepaperPath } from "./lib/i18n/locales";
import { UPDATE_KINDS } from "./lib/updates/kinds";

// Read back by lib/content/content-routes.cjs (CommonJS for next.config.js, which esbuild cannot
// bundle here, hence the path spelled twice).
const CONTENT_ROUTES_FILE = path.join(process.cwd(), ".generated", "content-routes.json");

// content/<locale>/*.mdx for every locale of lib/i18n/locales.ts; answers hold a block per locale.
// (A glob brace needs two options: "{en}" would match a folder named "{en}".)
const localeDirs = locales.length > 1 ? `{${locales.join(",")}}` : locales[0];

/** One entry of a section's change log: what changed on the day `updated` moved. */
const SectionChange = defineNestedType(() => ({
  name: "SectionChange",
  fields: {
    date: { type: "date", required: true },
    summary: { type: "string", required: true, description: "What changed, in a sentence" },
  },
}));

export const Section = defineDocumentType(() => ({
  name: "Section",
  filePathPattern: `${localeDirs}/*.mdx`,
  contentType: "mdx",
  fields: {
    id: { type: "string", required: true, description: "Stable section id; part of public URLs" },
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    order: { type: "number", required: true },
    updated: { type: "date", required: true },
    changes: {
      type: "list",
      of: SectionChange,
      required: true,
      description: "Dated change log; its newest entry is dated `updated`",
    },
    aliases: {
      type: "list",
      of: { type: "string" },
      required: false,
      description: 'Earlier section ids, or "#old-anchor -> new-anchor" for a renamed heading',
    },
  },
  computedFields: {
    locale: { type: "enum", options: locales, resolve: (doc) => doc._raw.sourceFileDir },
    // All from one syntax tree of the body (lib/content/outline.ts).
    toc: { type: "json", resolve: (doc) => outline(doc.body.raw).toc },
    // Every paragraph with its heading anchor: what questionnaires are answered from.
    paragraphs: { type: "json", resolve: (doc) => outline(doc.body.raw).paragraphs },
    // The text under each heading: what search finds.
    search: { type: "json", resolve: (doc) => outline(doc.body.raw).search },
    // The section as data (/security/<id>.md, .json): Markdown and plain text from the same MDX syntax tree.
    markdown: { type: "string", resolve: (doc) => markdownFromMdx(doc.body.raw) },
    text: { type: "string", resolve: (doc) => textFromMdx(doc.body.raw) },
  },
}));

const LocalizedAnswer = defineNestedType(() => ({
  name: "LocalizedAnswer",
  fields: {
    question: { type: "string", required: true, description: "The canonical question" },
    answer: { type: "string", required: true, description: "Short, self-contained answer" },
    phrasings: {
      type: "list",
      of: { type: "string" },
      required: true,
      description: "Other ways questionnaires ask it",
    },
    terms: { type: "list", of: { type: "string" }, required: true, description: "Key terms and synonyms" },
    scope: {
      type: "list",
      of: { type: "string" },
      required: false,
      description: "A question must name one of these for the answer to apply",
    },
  },
}));

/** One answer of the questionnaire library, in both languages: content/answers/<id>.yaml. */
export const Answer = defineDocumentType(() => ({
  name: "Answer",
  filePathPattern: "answers/*.yaml",
  contentType: "data",
  fields: {
    id: { type: "string", required: true },
    cites: {
      type: "list",
      of: { type: "string" },
      required: true,
      description: '"section-id" or "section-id#heading-id"',
    },
    control: { type: "string", required: false, description: "A control or backup id from content/controls.yaml" },
    ...Object.fromEntries(
      locales.map((locale) => [locale, { type: "nested", of: LocalizedAnswer, required: true } as const]),
    ),
  },
}));

const LocalizedDocument = defineNestedType(() => ({
  name: "LocalizedDocument",
  fields: {
    title: { type: "string", required: true },
    description: { type: "string", required: true, description: "What the document is, in a sentence or two" },
  },
}));

/** One document of the gated library, in every locale: content/documents/<id>.yaml. */
export const TrustDocument = defineDocumentType(() => ({
  name: "TrustDocument",
  filePathPattern: "documents/*.yaml",
  contentType: "data",
  fields: {
    id: { type: "string", required: true, description: "Stable id; part of download URLs; must match the file name" },
    kind: { type: "enum", options: ["report", "policy", "certificate", "summary", "other"], required: true },
    access: {
      type: "enum",
      options: ["public", "nda", "approval"],
      required: true,
      description: "public, nda (click-through NDA) or approval (NDA and a person's approval)",
    },
    file: {
      type: "string",
      required: true,
      description: "A PDF under DOCUMENTS_DIR (default documents/), never served as it is",
    },
    version: { type: "string", required: true },
    validUntil: {
      type: "date",
      required: false,
      description: "The end of a report's period, or the next review of a policy",
    },
    ...Object.fromEntries(
      locales.map((locale) => [locale, { type: "nested", of: LocalizedDocument, required: true } as const]),
    ),
  },
  computedFields: {
    // Throws, naming the file, on an unknown kind or access, an id that is not the file's name, or a file outside DOCUMENTS_DIR.
    checked: { type: "boolean", resolve: (doc) => checkDocumentSource(doc._raw.sourceFilePath, doc) },
  },
}));

/** The non-disclosure agreement readers accept before a gated document: content/nda/<locale>.md. */
export const Nda = defineDocumentType(() => ({
  name: "Nda",
  filePathPattern: "nda/*.md",
  contentType: "markdown",
  fields: {
    version: {
      type: "string",
      required: true,
      description: "Raise it with every change: a new version needs a new acceptance",
    },
    title: { type: "string", required: true },
    effective: { type: "date", required: true },
  },
  computedFields: {
    locale: { type: "enum", options: locales, resolve: (doc) => doc._raw.sourceFileName.replace(/\.md$/, "") },
    // What a reader accepts is this exact text; the acceptance record keeps its SHA-256.
    sha256: { type: "string", resolve: (doc) => createHash("sha256").update(doc.body.raw, "utf8").digest("hex") },
  },
}));

/** One update (a notice to customers), per locale: content/updates/<locale>/<id>.mdx. */
export const Update = defineDocumentType(() => ({
  name: "Update",
  filePathPattern: `updates/${localeDirs}/*.mdx`,
  contentType: "mdx",
  fields: {
    id: {
      type: "string",
      required: true,
      description: "Stable id; part of the update's URL; must match the file name",
    },
    kind: { type: "enum", options: [...UPDATE_KINDS], required: true },
    date: { type: "date", required: true, description: "Publication date" },
    title: { type: "string", required: true },
    summary: { type: "string", required: true, description: "One or two sentences for lists, feeds and mail" },
    links: {
      type: "list",
      of: { type: "string" },
      required: false,
      description: '"section-id", "section-id#heading-id", "subprocessors" or "status"',
    },
    effective: { type: "date", required: false, description: "kind subprocessor: the day the change takes effect" },
    adds: {
      type: "list",
      of: { type: "string" },
      required: false,
      description: "kind subprocessor: ids of content/subprocessors.yaml added",
    },
    removes: { type: "list", of: { type: "string" }, required: false, description: "kind subprocessor: ids removed" },
  },
  computedFields: {
    locale: { type: "enum", options: locales, resolve: (doc) => doc._raw.sourceFileDir.split("/").pop() },
    // For feeds and mail: the body as HTML and Markdown, from its syntax tree.
    html: { type: "string", resolve: (doc) => htmlFromMdx(doc.body.raw) },
    markdown: { type: "string", resolve: (doc) => markdownFromMdx(doc.body.raw) },
  },
}));

export default makeSource({
  contentDirPath: "content",
  contentDirInclude: [...locales, "answers", "updates", "documents", "nda"],
  documentTypes: [Section, Answer, Update, TrustDocument, Nda],
  onMissingOrIncompatibleData: "fail",
  onUnknownDocuments: "fail",
  onExtraFieldData: "fail",
  mdx: { remarkPlugins: [remarkHeadingIds] },
  // next.config.js reads the redirects, and the e2e tests the pages, from this file of ours
  // (lib/content/content-routes.cjs), never from Contentlayer's private output.
  onSuccess: async (importData) => {
    const { allSections } = await importData();
    const pages = allSections
      .map((s) => ({
        id: s.id,
        locale: s.locale,
        title: s.title,
        updated: s.updated.slice(0, 10),
        order: s.order,
        path: sectionPath(s.locale, s.id),
        anchors: (s.toc as TocEntry[]).map((t) => t.id),
      }))
      .sort((a, b) => a.locale.localeCompare(b.locale) || a.order - b.order);
    // Each locale's home and whitepaper paths: the config and the export place each section's
    // .md and .json beside it, and send a locale's unknown URLs to its own 404.
    const whitepapers = locales.map((locale) => ({
      locale,
      home: homePath(locale),
      whitepaper: whitepaperPath(locale),
    }));
    mkdirSync(path.dirname(CONTENT_ROUTES_FILE), { recursive: true });
    writeFileSync(
      CONTENT_ROUTES_FILE,
      `${JSON.stringify({ redirects: redirectsFor(allSections), locales: whitepapers, sections: pages }, null, 2)}\n`,
    );
  },
});
