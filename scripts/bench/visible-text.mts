// The physical floor of a page: the text a reader sees, without markup, scripts or styles.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * The visible text of an HTML document's body, whitespace collapsed as a browser renders it.
 * Scripts (the RSC payload included), styles, templates, noscript and comments are not text a
 * reader sees. Elements hidden by CSS or the `hidden` attribute are counted: a static reading.
 */
export function visibleText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return body
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? entity;
      const code = name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** UTF-8 bytes of the visible text: what the page would weigh as plain text. */
export function visibleTextBytes(html: string): number {
  return Buffer.byteLength(visibleText(html), "utf8");
}

/** UTF-8 bytes inside inline <script> elements: in a Next page, mostly the RSC payload that repeats the page for hydration. */
export function inlineScriptBytes(html: string): number {
  let bytes = 0;
  for (const match of html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) bytes += Buffer.byteLength(match[1] ?? "", "utf8");
  return bytes;
}
