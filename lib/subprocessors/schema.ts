import { parse } from "yaml";
import { z } from "zod";

// content/subprocessors.yaml, validated strictly: a typo must fail the build with its key path,
// never publish a list that silently lacks a field.
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase letters, digits and hyphens");
const localized = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });
// YAML reads 2026-11-29 as a Date; both spellings become "YYYY-MM-DD".
const day = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
    ctx.addIssue({ code: "custom", message: `"${text}" is not a date such as 2026-11-29` });
  }
  return text;
});

const subprocessor = z.strictObject({
  id,
  name: z.string().min(1),
  website: z.url({ protocol: /^https$/ }),
  purpose: localized,
  data: localized,
  /** Where the data is processed; absent when the company has not stated it. */
  location: localized.optional(),
  /** e.g. EU Standard Contractual Clauses; absent when the company has not stated it. */
  transferMechanism: localized.optional(),
  since: day,
  until: day.optional(),
});

export const subprocessorFileSchema = z.strictObject({
  /** Days an update must precede the change it announces. */
  noticeDays: z.number().int().min(0).max(365).default(30),
  firstPublished: day,
  subprocessors: z.array(subprocessor).min(1),
});

export type SubprocessorFile = z.infer<typeof subprocessorFileSchema>;
export type Subprocessor = SubprocessorFile["subprocessors"][number];

export class SubprocessorFileError extends Error {
  override name = "SubprocessorFileError";
}

/** Parses and validates; throws naming the file, the key path and the problem. */
export function parseSubprocessorFile(text: string, file: string): SubprocessorFile {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new SubprocessorFileError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = subprocessorFileSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${file}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`,
    );
    throw new SubprocessorFileError(problems.join("\n"));
  }
  const seen = new Set<string>();
  for (const [index, entry] of result.data.subprocessors.entries()) {
    if (seen.has(entry.id))
      throw new SubprocessorFileError(`${file}: subprocessors.${index}.id: "${entry.id}" is listed twice`);
    seen.add(entry.id);
    if (entry.since < result.data.firstPublished) {
      throw new SubprocessorFileError(
        `${file}: subprocessors.${index}.since: ${entry.since} is before firstPublished (${result.data.firstPublished})`,
      );
    }
    if (entry.until && entry.until <= entry.since)
      throw new SubprocessorFileError(`${file}: subprocessors.${index}.until: must be after since`);
  }
  return result.data;
}
