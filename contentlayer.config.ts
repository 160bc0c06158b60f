import { createHash } from "node:crypto";
import { defineDocumentType, defineNestedType, makeSource } from "contentlayer2/source-files";
import { checkDocumentSource } from "./lib/documents/source";
import { tocFromBody } from "./lib/content/headings";
import { paragraphsFromMdx } from "./lib/content/passages";
import { remarkHeadingIds } from "./lib/content/remark-heading-ids";

export const Section = defineDocumentType(() => ({
  name: "Section",
  filePathPattern: "{en,zh}/*.mdx",
  contentType: "mdx",
  fields: {
    id: { type: "string", required: true, description: "Stable section id; part of public URLs" },
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    order: { type: "number", required: true },
    updated: { type: "date", required: true },
    aliases: {
      type: "list",
      of: { type: "string" },
      required: false,
      description: 'Earlier section ids, or "#old-anchor -> new-anchor" for a renamed heading',
    },
  },
  computedFields: {
    locale: { type: "enum", options: ["en", "zh"], resolve: (doc) => doc._raw.sourceFileDir },
    toc: { type: "json", resolve: (doc) => tocFromBody(doc.body.raw) },
    // Every paragraph with its heading anchor: what questionnaires are answered from.
    paragraphs: { type: "json", resolve: (doc) => paragraphsFromMdx(doc.body.raw) },
  },
}));

const LocalizedAnswer = defineNestedType(() => ({
  name: "LocalizedAnswer",
  fields: {
    question: { type: "string", required: true, description: "The canonical question" },
    answer: { type: "string", required: true, description: "Short, self-contained answer" },
    phrasings: { type: "list", of: { type: "string" }, required: true, description: "Other ways questionnaires ask it" },
    terms: { type: "list", of: { type: "string" }, required: true, description: "Key terms and synonyms" },
    scope: { type: "list", of: { type: "string" }, required: false, description: "A question must name one of these for the answer to apply" },
  },
}));

/** One answer of the questionnaire library, in both languages: content/answers/<id>.yaml. */
export const Answer = defineDocumentType(() => ({
  name: "Answer",
  filePathPattern: "answers/*.yaml",
  contentType: "data",
  fields: {
    id: { type: "string", required: true },
    cites: { type: "list", of: { type: "string" }, required: true, description: '"section-id" or "section-id#heading-id"' },
    control: { type: "string", required: false, description: "A control or backup id from content/controls.yaml" },
    en: { type: "nested", of: LocalizedAnswer, required: true },
    zh: { type: "nested", of: LocalizedAnswer, required: true },
  },
}));

const LocalizedDocument = defineNestedType(() => ({
  name: "LocalizedDocument",
  fields: {
    title: { type: "string", required: true },
    description: { type: "string", required: true, description: "What the document is, in a sentence or two" },
  },
}));

/** One document of the gated library, in both languages: content/documents/<id>.yaml. */
export const TrustDocument = defineDocumentType(() => ({
  name: "TrustDocument",
  filePathPattern: "documents/*.yaml",
  contentType: "data",
  fields: {
    id: { type: "string", required: true, description: "Stable id; part of download URLs; must match the file name" },
    kind: { type: "enum", options: ["report", "policy", "certificate", "summary", "other"], required: true },
    access: { type: "enum", options: ["public", "nda", "approval"], required: true, description: "public, nda (click-through NDA) or approval (NDA and a person's approval)" },
    file: { type: "string", required: true, description: "A PDF under DOCUMENTS_DIR (default documents/), never served as it is" },
    version: { type: "string", required: true },
    validUntil: { type: "date", required: false, description: "The end of a report's period, or the next review of a policy" },
    en: { type: "nested", of: LocalizedDocument, required: true },
    zh: { type: "nested", of: LocalizedDocument, required: true },
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
    version: { type: "string", required: true, description: "Raise it with every change: a new version needs a new acceptance" },
    title: { type: "string", required: true },
    effective: { type: "date", required: true },
  },
  computedFields: {
    locale: { type: "enum", options: ["en", "zh"], resolve: (doc) => doc._raw.sourceFileName.replace(/\.md$/, "") },
    // What a reader accepts is this exact text; the acceptance record keeps its SHA-256.
    sha256: { type: "string", resolve: (doc) => createHash("sha256").update(doc.body.raw, "utf8").digest("hex") },
  },
}));

export default makeSource({
  contentDirPath: "content",
  contentDirInclude: ["en", "zh", "answers", "documents", "nda"],
  documentTypes: [Section, Answer, TrustDocument, Nda],
  onMissingOrIncompatibleData: "fail",
  onUnknownDocuments: "fail",
  onExtraFieldData: "fail",
  mdx: { remarkPlugins: [remarkHeadingIds] },
});
