// @ts-check
// Plain CommonJS so next.config.js (redirects) and the TypeScript app share one parser.
const fs = require("node:fs");
const path = require("node:path");

/**
 * @typedef {{ kind: "section", from: string }} SectionAlias   an earlier id of this section
 * @typedef {{ kind: "anchor", from: string, to: string }} AnchorAlias   "#old -> new" for a heading
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ANCHOR = /^#([^\s>]+)\s*->\s*([^\s]+)$/;

/** @param {string} entry @returns {SectionAlias | AnchorAlias | undefined} undefined when malformed */
function parseAlias(entry) {
  const anchor = ANCHOR.exec(entry.trim());
  if (anchor) {
    const [, from = "", to = ""] = anchor;
    return ID.test(from) && ID.test(to) ? { kind: "anchor", from, to } : undefined;
  }
  return ID.test(entry) ? { kind: "section", from: entry } : undefined;
}

/** @typedef {{ id: string, locale: string, aliases?: string[] }} AliasedDoc */

/** @param {AliasedDoc[]} docs */
function redirectsFor(docs) {
  return docs.flatMap((doc) => {
    const prefix = doc.locale === "en" ? "" : `/${doc.locale}`;
    return (doc.aliases ?? []).flatMap((entry) => {
      const alias = parseAlias(entry);
      if (alias?.kind !== "section") return [];
      return [{ source: `${prefix}/security/${alias.from}`, destination: `${prefix}/security/${doc.id}`, permanent: true }];
    });
  });
}

/** Redirects for next.config.js, read from Contentlayer's output (built before `next build`). */
function sectionRedirects() {
  const index = path.join(__dirname, "..", "..", ".contentlayer", "generated", "Section", "_index.json");
  if (!fs.existsSync(index)) return [];
  return redirectsFor(JSON.parse(fs.readFileSync(index, "utf8")));
}

module.exports = { parseAlias, redirectsFor, sectionRedirects };
