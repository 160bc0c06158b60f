import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

import { MAX_COMMENT_CHARS } from "./limits";

const schema = z.strictObject({
  section: z.string().min(1).max(100),
  locale: z.enum(locales),
  helpful: z.boolean(),
  comment: z.string().trim().max(MAX_COMMENT_CHARS).optional(),
});

export type Vote = z.infer<typeof schema>;

export type VoteCheck = { ok: true; vote: Vote } | { ok: false; status: 400 | 422; error: string };

/**
 * A posted body, checked: JSON, the exact shape, and a section or answer id the site has.
 * `knownIds` comes from the content so a vote can never name something that does not exist.
 */
export function checkVote(text: string, knownIds: ReadonlySet<string>): VoteCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: "The body is not valid JSON." };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`);
    return { ok: false, status: 400, error: problems.join("; ") };
  }
  if (!knownIds.has(parsed.data.section))
    return {
      ok: false,
      status: 422,
      error: `Unknown section or answer id: ${JSON.stringify(parsed.data.section.slice(0, 100))}`,
    };
  const comment = parsed.data.comment || undefined;
  return { ok: true, vote: { ...parsed.data, comment } };
}
