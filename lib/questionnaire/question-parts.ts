import { plainText } from "@/lib/text/tokenize";

// Long questionnaire items (control texts with bullets, explanations followed by a question)
// state one thing first and qualify it after. The leading requirement is what the item asks;
// an answer to it answers the item, while an answer to a later bullet alone does not.

const BULLET = /^\s*(?:[*•·-]|\d+[.)])\s+/;
const SENTENCE_END = /(?<=[.?!。？！])\s+|(?<=[。？！])/;
// A comma before a qualifier ("…, in accordance with job descriptions") refines the clause
// before it; a comma before "and …" adds a second requirement, which must be answered too.
const QUALIFIER =
  /[,，]\s*(?=(?:in accordance with|in line with|according to|consistent with|with|including|such as|e\.g\.|for example|based on|as per|where)\b|包括|例如|按照|根据)/i;

/**
 * The item's leading requirement, broadest first: its first asked sentence, then that
 * sentence without its trailing qualifier (", in accordance with …"). Empty when the item is
 * already a single plain clause.
 */
export function leadingRequirement(item: string): string[] {
  const lines = item.split(/\r?\n/).map((line) => line.trim());
  const firstBullet = lines.findIndex((line) => BULLET.test(line));
  // Text before the first bullet introduces the list ("Keep logs of:") and means little
  // alone: the requirement is the introduction with its first bullet.
  const intro = lines.slice(0, Math.max(firstBullet, 0)).join(" ");
  const lead = plainText(firstBullet < 0 ? item : `${intro} ${lines[firstBullet]?.replace(BULLET, "") ?? ""}`);
  const sentences = lead.split(SENTENCE_END).filter(Boolean);
  // Context first, question after ("Policies are most valuable if … How often do you …?").
  const asked = sentences.find((s) => /[?？]$/.test(s)) ?? sentences[0] ?? "";
  const clause = asked.split(QUALIFIER)[0] ?? "";
  return Array.from(new Set([asked, clause])).filter((part) => part && part !== plainText(item));
}

/**
 * The item's other requirements: each sentence and bullet that is not the item itself or its
 * leading requirement. One of them stated alone puts the item up for review, never answers it.
 */
export function otherRequirements(item: string, leads: string[]): string[] {
  const whole = plainText(item);
  const parts = item
    .split(/\r?\n/)
    .map((line) => plainText(line.replace(BULLET, "")))
    .flatMap((line) => line.split(SENTENCE_END))
    .map((part) => part.trim())
    .filter((part) => /\S+\s+\S+|\p{Script=Han}{4}/u.test(part));
  return Array.from(new Set(parts)).filter((part) => part !== whole && !leads.includes(part));
}
