import { defineDocumentType, makeSource } from "contentlayer2/source-files";
import { tocFromBody } from "./lib/content/headings";
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
  },
}));

export default makeSource({
  contentDirPath: "content",
  contentDirInclude: ["en", "zh"],
  documentTypes: [Section],
  onMissingOrIncompatibleData: "fail",
  onUnknownDocuments: "fail",
  onExtraFieldData: "fail",
  mdx: { remarkPlugins: [remarkHeadingIds] },
});
