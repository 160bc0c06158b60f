// The physical floor of a page: the text a reader sees, without markup, scripts or styles.
import { Parser } from "htmlparser2";
import { scriptElements } from "../../server/html-scripts.mjs";

/** Elements whose content is never text a reader sees (the RSC payload lives in scripts). */
const UNSEEN = new Set(["script", "style", "template", "noscript", "head"]);

/**
 * The visible text of an HTML document's body, whitespace collapsed as a browser renders it.
 * Comments are not text. Elements hidden by CSS or the `hidden` attribute are counted: a static reading.
 */
export function visibleText(html: string): string {
  const parts: string[] = [];
  let unseen = 0;
  const parser = new Parser({
    onopentag(name) {
      if (UNSEEN.has(name)) unseen++;
      else parts.push(" ");
    },
    ontext(text) {
      if (unseen === 0) parts.push(text);
    },
    onclosetag(name) {
      if (UNSEEN.has(name)) unseen--;
      else parts.push(" ");
    },
  });
  parser.end(html);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** UTF-8 bytes of the visible text: what the page would weigh as plain text. */
export function visibleTextBytes(html: string): number {
  return Buffer.byteLength(visibleText(html), "utf8");
}

/** UTF-8 bytes inside inline <script> elements: in a Next page, mostly the RSC payload that repeats the page for hydration. */
export function inlineScriptBytes(html: string): number {
  return scriptElements(html)
    .filter(({ attributes }) => attributes.src === undefined)
    .reduce((bytes, { text }) => bytes + Buffer.byteLength(text, "utf8"), 0);
}
