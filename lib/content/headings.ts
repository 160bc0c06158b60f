// Headings carry their anchor explicitly: `## Firewalls [#firewalls]`. Ids derived from text would
// change when a writer rewords a heading or translates it, and sales links must not break.
export const HEADING_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const EXPLICIT_ID = /\s*\[#([^\]\s]*)\]\s*$/;

export type TocEntry = { id: string; title: string; level: 2 | 3 };

/** An h2 or h3 of a section, with its 1-based line in the file (for the content check's messages). */
export type HeadingLine = { level: 2 | 3; title: string; id: string | undefined; line: number };

/** Splits "Firewalls [#firewalls]" into its title and id (id undefined when missing). */
export function splitHeadingText(text: string): { title: string; id: string | undefined } {
  const match = EXPLICIT_ID.exec(text);
  if (!match) return { title: text.trim(), id: undefined };
  return { title: text.slice(0, match.index).trim(), id: match[1] };
}
