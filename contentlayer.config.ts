import { defineDocumentType, defineNestedType, makeSource } from "contentlayer2/source-files";
import { tocFromBody } from "./lib/content/headings";
import { headingsFromMdx, htmlFromMdx, markdownFromMdx, textFromMdx } from "./lib/content/markdown";
import { paragraphsFromMdx } from "./lib/content/passages";
import { remarkHeadingIds } from "./lib/content/remark-heading-ids";
import { UPDATE_KINDS } from "./lib/updates/kinds";

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
  filePathPattern: "{en,zh}/*.mdx",
  contentType: "mdx",
  fields: {
    id: { type: "string", required: true, description: "Stable section id; part of public URLs" },
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    order: { type: "number", required: true },
    updated: { type: "date", required: true },
    changes: { type: "list", of: SectionChange, required: true, description: "Dated change log; its newest entry is dated `updated`" },
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
    // The section as data (/security/<id>.md, .json), from the same syntax tree as the page.
    markdown: { type: "string", resolve: (doc) => markdownFromMdx(doc.body.raw) },
    headings: { type: "json", resolve: (doc) => headingsFromMdx(doc.body.raw) },
    text: { type: "string", resolve: (doc) => textFromMdx(doc.body.raw) },
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

/** One update (a notice to customers), per locale: content/updates/<locale>/<id>.mdx. */
export const Update = defineDocumentType(() => ({
  name: "Update",
  filePathPattern: "updates/{en,zh}/*.mdx",
  contentType: "mdx",
  fields: {
    id: { type: "string", required: true, description: "Stable id; part of the update's URL; must match the file name" },
    kind: { type: "enum", options: [...UPDATE_KINDS], required: true },
    date: { type: "date", required: true, description: "Publication date" },
    title: { type: "string", required: true },
    summary: { type: "string", required: true, description: "One or two sentences for lists, feeds and mail" },
    links: { type: "list", of: { type: "string" }, required: false, description: '"section-id", "section-id#heading-id", "subprocessors" or "status"' },
    effective: { type: "date", required: false, description: "kind subprocessor: the day the change takes effect" },
    adds: { type: "list", of: { type: "string" }, required: false, description: "kind subprocessor: ids of content/subprocessors.yaml added" },
    removes: { type: "list", of: { type: "string" }, required: false, description: "kind subprocessor: ids removed" },
  },
  computedFields: {
    locale: { type: "enum", options: ["en", "zh"], resolve: (doc) => doc._raw.sourceFileDir.split("/").pop() },
    // For feeds and mail: the body as HTML and Markdown, from its syntax tree.
    html: { type: "string", resolve: (doc) => htmlFromMdx(doc.body.raw) },
    markdown: { type: "string", resolve: (doc) => markdownFromMdx(doc.body.raw) },
  },
}));

export default makeSource({
  contentDirPath: "content",
  contentDirInclude: ["en", "zh", "answers", "updates"],
  documentTypes: [Section, Answer, Update],
  onMissingOrIncompatibleData: "fail",
  onUnknownDocuments: "fail",
  onExtraFieldData: "fail",
  mdx: { remarkPlugins: [remarkHeadingIds] },
});
