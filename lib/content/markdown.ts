import type { Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { toHast } from "mdast-util-to-hast";
import { toMarkdown } from "mdast-util-to-markdown";
import { toString } from "mdast-util-to-string";
import { toHtml } from "hast-util-to-html";
import { mdxjs } from "micromark-extension-mdxjs";
import { remarkHeadingIds } from "./remark-heading-ids";

// The whitepaper as data: the same MDX syntax tree the pages are compiled from, with the live
// widgets (JSX) left out, written back as Markdown (the .md files, mail), HTML (feeds) or text.

const JSX = new Set(["mdxJsxFlowElement", "mdxJsxTextElement", "mdxjsEsm", "mdxFlowExpression", "mdxTextExpression"]);

function withoutJsx<T extends { children?: RootContent[] }>(node: T): T {
  if (!node.children) return node;
  return {
    ...node,
    children: node.children.filter((child) => !JSX.has(child.type)).map((child) => withoutJsx(child as never)),
  };
}

/** The body's tree without JSX, its headings' `[#id]` moved into their ids (as on the page). */
export function contentTree(body: string): Root {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const fail = (reason: string): never => {
    throw new Error(reason);
  };
  remarkHeadingIds()(tree as never, { fail });
  return withoutJsx(tree);
}

export function markdownFromMdx(body: string): string {
  return toMarkdown(contentTree(body), { bullet: "-", emphasis: "_" });
}

export function htmlFromMdx(body: string): string {
  return toHtml(toHast(contentTree(body)));
}

/** The body as plain text, one block per line, for tools that want only words. */
export function textFromMdx(body: string): string {
  return contentTree(body)
    .children.map((node) => toString(node).replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}
