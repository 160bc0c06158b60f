// Whitepapers of any size for `npm run bench:scale`, made from the real sections so each one
// weighs what a real section weighs (widgets, tables and both languages included).

/**
 * The n-th copy of a section's MDX (n ≥ 1): id, headings' ids and order made unique with the
 * copy number, since sections and heading ids share one namespace across the site; aliases are
 * dropped because each earlier id may be claimed only once.
 */
export function copySection(mdx: string, n: number, order: number): string {
  return mdx
    .replace(/^id: (.+)$/m, `id: $1-${n}`)
    .replace(/^title: (.+)$/m, `title: $1 ${n}`)
    .replace(/^order: .+$/m, `order: ${order}`)
    .replace(/^aliases:\n(?:[ \t]+- .*\n)*/m, "")
    .replace(/^(#{2,3}\s.*\[#)([a-z0-9-]+)(\]\s*)$/gm, `$1$2-${n}$3`);
}

export type SourceSection = { id: string; order: number; mdx: string };

/**
 * `count` sections for one locale, as file name → MDX: the originals first, then numbered copies
 * of them in turn. Both locales get the same names, ids and orders, as the content check requires.
 */
export function scaledSections(originals: SourceSection[], count: number): Map<string, string> {
  const sorted = [...originals].sort((a, b) => a.order - b.order);
  const lastOrder = sorted.at(-1)?.order ?? 0;
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const source = sorted[i % sorted.length]!;
    const n = Math.floor(i / sorted.length);
    files.set(
      n === 0 ? `${source.id}.mdx` : `${source.id}-${n}.mdx`,
      n === 0 ? source.mdx : copySection(source.mdx, n, lastOrder + i + 1),
    );
  }
  return files;
}
