import { fromMarkdown } from "mdast-util-from-markdown";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { toString } from "mdast-util-to-string";
import { mdxjs } from "micromark-extension-mdxjs";
import { splitHeadingText } from "./headings";

/**
 * One paragraph of the whitepaper as a reader takes it in: its text, and the heading it sits
 * under (none for a section's introduction). A list belongs to the paragraph that introduces
 * it, because that sentence names whose the listed things are ("Amazon's data center
 * operations hold the following certifications:").
 */
export type Paragraph = { anchor: string | undefined; heading: string | undefined; text: string };

type Node = { type: string; depth?: number; children?: Node[] };

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Paragraphs of an MDX body, from its syntax tree: JSX elements (live widgets) carry no text
 * and are left out, links keep their words, headings give the anchor of what follows.
 */
export function paragraphsFromMdx(body: string): Paragraph[] {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node;
  const paragraphs: Paragraph[] = [];
  let anchor: string | undefined;
  let heading: string | undefined;
  for (const node of tree.children ?? []) {
    if (node.type === "heading" && (node.depth === 2 || node.depth === 3)) {
      const split = splitHeadingText(toString(node));
      [anchor, heading] = [split.id, split.title];
    } else if (node.type === "paragraph") {
      const text = clean(toString(node));
      if (text) paragraphs.push({ anchor, heading, text });
    } else if (node.type === "list") {
      const items = (node.children ?? []).map((item) => clean(toString(item)).replace(/[.;。；]$/, "")).filter(Boolean);
      const previous = paragraphs.at(-1);
      // Chinese text takes Chinese punctuation.
      const [separator, end] = /\p{Script=Han}/u.test(previous?.text ?? "") ? ["；", "。"] : ["; ", "."];
      const joined = `${items.join(separator)}${end}`;
      if (previous && previous.anchor === anchor) previous.text = `${previous.text} ${joined}`.replace(/([:：]) /, "$1");
      else if (items.length > 0) paragraphs.push({ anchor, heading, text: joined });
    }
  }
  return paragraphs;
}
