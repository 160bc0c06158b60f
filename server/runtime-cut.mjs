// @ts-check
// Reading pages need no Next.js runtime in the browser: their few interactive parts are islands
// (browser/islands/, served from ISLANDS_PATH), and the questionnaire tool is hydrated there as its own
// React root. Next.js has no switch to leave its runtime out of an App Router page, so the server
// and the static export cut it out of the HTML.
//
// The cut fails closed. It removes what it knows to be Next's (its script files and preloads, the
// inline React Server Components payload, Turbopack's chunk list) and keeps what it knows to be
// ours (islands, JSON data blocks). Anything else (a streamed Suspense boundary, an inline script
// it has not seen, a script from elsewhere) would ship half-working without the runtime, so it
// stops the build, the export or the response that carries it, naming the page.
import { Parser } from "htmlparser2";
import { ISLANDS_PATH } from "../browser/contract/paths.mjs";
import { isExecutableScript } from "./html-scripts.mjs";

const FRAMEWORK_FILES = "/_next/static/";
// The inline scripts Next writes on a fully rendered page: the RSC payload and Turbopack's chunks.
const FRAMEWORK_INLINE = [
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)$/,
  /^self\.__next_f\.push\(\[/,
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(/,
];
// `next dev` adds its hot-reload bootstrap; the dev server replaces it with a plain page reload.
const DEV_INLINE = [/^self\.__next_r=/];
// React's markers of a boundary that was still pending, or fell back to the client, when the HTML
// was written: without the runtime its content never arrives.
const STREAMED_COMMENT = /^\$[?!]$/;
const STREAMED_ID = /^[BSP]:/;

export class RuntimeCutError extends Error {
  /** @param {string} page @param {string} found */
  constructor(page, found) {
    super(
      `${page}: the runtime cut cannot classify ${found}; the page would not work without Next's runtime (see server/runtime-cut.mjs)`,
    );
    this.name = "RuntimeCutError";
    this.page = page;
  }
}

/** @param {string | undefined} url @returns {"framework" | "island" | "other"} */
function origin(url = "") {
  if (url.startsWith(FRAMEWORK_FILES)) return "framework";
  if (url.startsWith(ISLANDS_PATH)) return "island";
  return "other";
}

/** @param {Record<string, string>} attributes */
const isScriptPreload = (attributes) => {
  const rel = (attributes.rel ?? "").toLowerCase();
  return rel === "modulepreload" || (rel === "preload" && attributes.as === "script");
};

/**
 * The page without Next's runtime; throws RuntimeCutError, naming `page`, on anything it cannot classify.
 * @param {string} html
 * @param {string} page the route or file, for the error
 * @param {{ dev?: boolean }} [options] dev: a page from `next dev`, with its hot-reload bootstrap
 * @returns {string}
 */
export function removeFrameworkRuntime(html, page, { dev = false } = {}) {
  const known = dev ? [...FRAMEWORK_INLINE, ...DEV_INLINE] : FRAMEWORK_INLINE;
  /** @type {[number, number][]} */
  const cuts = [];
  /** @type {{ start: number, attributes: Record<string, string>, text: string } | null} */
  let script = null;
  /** @param {string} found */
  const refuse = (found) => {
    throw new RuntimeCutError(page, found);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (STREAMED_ID.test(attributes.id ?? "")) refuse(`a streamed boundary <${name} id="${attributes.id}">`);
        if (name === "script") script = { start: parser.startIndex, attributes, text: "" };
        if (name === "link" && isScriptPreload(attributes)) {
          const kind = origin(attributes.href);
          if (kind === "other") refuse(`a script preload of ${attributes.href}`);
          if (kind === "framework") cuts.push([parser.startIndex, parser.endIndex + 1]);
        }
      },
      ontext(text) {
        if (script) script.text += text;
      },
      oncomment(comment) {
        if (STREAMED_COMMENT.test(comment))
          refuse(`a pending or client-rendered Suspense boundary (<!--${comment}-->)`);
      },
      onclosetag(name) {
        if (name !== "script" || !script) return;
        const { start, attributes, text } = script;
        script = null;
        if (!isExecutableScript(attributes)) return; // JSON and JSON-LD data blocks stay
        const kind =
          attributes.src === undefined
            ? known.some((p) => p.test(text.trim()))
              ? "framework"
              : "other"
            : origin(attributes.src);
        if (kind === "other")
          refuse(
            attributes.src === undefined
              ? `an inline script starting "${text.trim().slice(0, 40)}"`
              : `a script from ${attributes.src}`,
          );
        if (kind === "framework") cuts.push([start, parser.endIndex + 1]);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  let out = "";
  let from = 0;
  for (const [start, end] of cuts) {
    out += html.slice(from, start);
    from = end;
  }
  return out + html.slice(from);
}
