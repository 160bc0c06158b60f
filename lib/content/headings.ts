// Headings carry their anchor explicitly: `## Firewalls [#firewalls]`. Ids derived from text would
// change when a writer rewords a heading or translates it, and sales links must not break.
export const HEADING_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const HEADING_LINE = /^(#{2,3})\s+(.+?)\s*$/;
const EXPLICIT_ID = /\s*\[#([^\]\s]*)\]\s*$/;

export type TocEntry = { id: string; title: string; level: 2 | 3 };

export type HeadingLine = { level: 2 | 3; title: string; id: string | undefined; line: number };

/** Splits "Firewalls [#firewalls]" into its title and id (id undefined when missing). */
export function splitHeadingText(text: string): { title: string; id: string | undefined } {
  const match = EXPLICIT_ID.exec(text);
  if (!match) return { title: text.trim(), id: undefined };
  return { title: text.slice(0, match.index).trim(), id: match[1] };
}

/** Every h2/h3 of an MDX body, outside fenced code, with its 1-based line number. */
export function readHeadingLines(body: string): HeadingLine[] {
  const headings: HeadingLine[] = [];
  let inFence = false;
  body.split(/\r?\n/).forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
    const match = inFence ? null : HEADING_LINE.exec(raw);
    if (!match?.[1] || !match[2]) return;
    const { title, id } = splitHeadingText(match[2]);
    headings.push({ level: match[1].length === 2 ? 2 : 3, title, id, line: index + 1 });
  });
  return headings;
}

export function tocFromBody(body: string): TocEntry[] {
  return readHeadingLines(body).flatMap(({ id, title, level }) => (id ? [{ id, title, level }] : []));
}
