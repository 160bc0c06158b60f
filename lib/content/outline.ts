import { fromMarkdown } from "mdast-util-from-markdown";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { toString } from "mdast-util-to-string";
import { mdxjs } from "micromark-extension-mdxjs";
import { splitHeadingText, type HeadingLine, type TocEntry } from "./headings";

// Everything the site derives from a section's MDX, from one syntax tree: the headings (table of
// contents, anchors, validation), the paragraphs questionnaires are answered from, and the text
// search finds under each heading. Contentlayer's computed fields and the content check both call
// `outline`; nothing reads MDX with regexes.

/**
 * One paragraph of the whitepaper as a reader takes it in: its text, and the heading it sits
 * under (none for a section's introduction). A list belongs to the paragraph that introduces
 * it, because that sentence names whose the listed things are ("Amazon's data center
 * operations hold the following certifications:").
 */
export type Paragraph = { anchor: string | undefined; heading: string | undefined; text: string };

/** The text under one heading (anchor and title undefined: the section's introduction). */
export type SearchPart = { anchor: string | undefined; title: string | undefined; text: string };

export type Outline = { headings: HeadingLine[]; toc: TocEntry[]; paragraphs: Paragraph[]; search: SearchPart[] };

type Node = { type: string; depth?: number; children?: Node[]; position?: { start: { line: number } } };

const clean = (text: string) => text.replace(/\s+/g, " ").trim();
const isSubheading = (node: Node) => node.type === "heading" && (node.depth === 2 || node.depth === 3);
// JSX elements (live widgets), imports and expressions carry no prose.
const PROSELESS = new Set(["mdxJsxFlowElement", "mdxjsEsm", "mdxFlowExpression", "code", "html"]);
// Blocks whose children are blocks: their texts are joined with a space, not run together.
const CONTAINERS = new Set(["root", "list", "listItem", "blockquote", "table", "tableRow"]);

function blockText(node: Node): string {
  if (PROSELESS.has(node.type)) return "";
  if (CONTAINERS.has(node.type)) return (node.children ?? []).map(blockText).filter(Boolean).join(" ");
  return clean(toString(node));
}

function headingOf(node: Node): HeadingLine {
  const { title, id } = splitHeadingText(toString(node));
  return { level: node.depth === 2 ? 2 : 3, title, id, line: node.position?.start.line ?? 0 };
}

function paragraphsOf(children: Node[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let anchor: string | undefined;
  let heading: string | undefined;
  for (const node of children) {
    if (isSubheading(node)) {
      const h = headingOf(node);
      [anchor, heading] = [h.id, h.title];
    } else if (node.type === "paragraph") {
      const text = clean(toString(node));
      if (text) paragraphs.push({ anchor, heading, text });
    } else if (node.type === "list") {
      const items = (node.children ?? []).map((item) => clean(toString(item)).replace(/[.;。；]$/, "")).filter(Boolean);
      const previous = paragraphs.at(-1);
      // Chinese text takes Chinese punctuation.
      const [separator, end] = /\p{Script=Han}/u.test(previous?.text ?? "") ? ["；", "。"] : ["; ", "."];
      const joined = `${items.join(separator)}${end}`;
      // Chinese runs on without a space after its full-width colon; English keeps it.
      if (previous && previous.anchor === anchor)
        previous.text = /[：]$/.test(previous.text) ? `${previous.text}${joined}` : `${previous.text} ${joined}`;
      else if (items.length > 0) paragraphs.push({ anchor, heading, text: joined });
    }
  }
  return paragraphs;
}

function searchOf(children: Node[]): SearchPart[] {
  const parts: SearchPart[] = [{ anchor: undefined, title: undefined, text: "" }];
  for (const node of children) {
    if (isSubheading(node)) {
      const h = headingOf(node);
      parts.push({ anchor: h.id, title: h.title, text: "" });
      continue;
    }
    const part = parts.at(-1);
    const text = blockText(node);
    if (part && text) part.text = part.text ? `${part.text} ${text}` : text;
  }
  return parts;
}

/** The MDX body's syntax tree, as Contentlayer's MDX compiler reads it (markdown + MDX syntax). */
export function parseMdx(body: string): Node {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node;
}

// Contentlayer resolves each computed field separately; the tree is made once per body.
const outlines = new Map<string, Outline>();

/** Headings (with their line in `body`), table of contents, paragraphs and search text of an MDX body. */
export function outline(body: string): Outline {
  const cached = outlines.get(body);
  if (cached) return cached;
  const children = parseMdx(body).children ?? [];
  const headings = children.filter(isSubheading).map(headingOf);
  const toc = headings.flatMap(({ id, title, level }) => (id ? [{ id, title, level }] : []));
  const made = { headings, toc, paragraphs: paragraphsOf(children), search: searchOf(children) };
  outlines.set(body, made);
  return made;
}
