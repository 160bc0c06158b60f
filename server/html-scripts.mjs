// @ts-check
// The <script> elements of an HTML document, read with a real parser: the runtime cut classifies
// them, the benchmarks weigh them and follow the external ones.
import { Parser } from "htmlparser2";

/** Script types a browser runs; JSON-LD and other data blocks are never executed. */
const EXECUTABLE = new Set(["", "text/javascript", "module", "application/javascript"]);

/**
 * Whether a <script> with these attributes is code the browser runs.
 * @param {Record<string, string>} attributes
 */
export function isExecutableScript(attributes) {
  return EXECUTABLE.has((attributes.type ?? "").trim().toLowerCase());
}

/**
 * Every <script> in document order: its attributes and, for an inline one, its exact text.
 * Script text is raw in HTML (no entities), so `text` is byte for byte what was sent.
 * @param {string} html
 * @returns {{ attributes: Record<string, string>, text: string }[]}
 */
export function scriptElements(html) {
  /** @type {{ attributes: Record<string, string>, text: string }[]} */
  const scripts = [];
  /** @type {string[] | null} */
  let text = null;
  /** @type {Record<string, string>} */
  let attributes = {};
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name !== "script") return;
        attributes = attrs;
        text = [];
      },
      ontext(chunk) {
        text?.push(chunk);
      },
      onclosetag(name) {
        if (name !== "script" || text === null) return;
        scripts.push({ attributes, text: text.join("") });
        text = null;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return scripts;
}
