import { HEADING_ID_PATTERN, splitHeadingText } from "./headings";

// Minimal mdast shapes: the plugin only reads heading depth and its last text child.
type MdNode = {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown> };
};
type VFileLike = { fail: (reason: string, parent?: MdNode | null) => never };

function walk(node: MdNode, visit: (node: MdNode) => void) {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

/**
 * Moves the `[#id]` suffix of every h2/h3 into the element's id. A heading without one fails
 * the build: every subsection is a deep-link target that sales may already have sent out.
 */
export function remarkHeadingIds() {
  return (tree: MdNode, file: VFileLike) => {
    walk(tree, (node) => {
      if (node.type !== "heading" || (node.depth !== 2 && node.depth !== 3)) return;
      const last = node.children?.at(-1);
      const { title, id } = last?.type === "text" ? splitHeadingText(last.value ?? "") : { title: "", id: undefined };
      if (!last || !id || !HEADING_ID_PATTERN.test(id)) {
        file.fail(`heading needs an explicit id such as "## Title [#title-id]" (lowercase, digits, hyphens)`, node);
      }
      last.value = title;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    });
  };
}
