import { z } from "zod";
import { updatesFeedPath } from "../i18n/locales";
import { absoluteUrl } from "../site/site";
import type { SubprocessorFile } from "./schema";

// /subprocessors.json: the list for buyers' tools, and the JSON Schema it follows
// (/schemas/subprocessors.json), both from this one zod schema.
const localized = z.object({ en: z.string(), zh: z.string() }).strict();
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("A day, YYYY-MM-DD");

export const publicListSchema = z
  .object({
    $schema: z.string().describe("The JSON Schema of this document"),
    version: z
      .number()
      .int()
      .min(1)
      .describe(
        "Counts the list's changes: 1 for the list as first published, plus one per subprocessor added or removed since",
      ),
    lastChange: date.describe("The day of the latest change to the list (an entry's since or until)"),
    noticeDays: z
      .number()
      .int()
      .min(0)
      .describe("Days between the update that announces a change and the day it takes effect, at least"),
    updates: z.string().describe("The feed of updates of kind subprocessor, which announce every change"),
    subprocessors: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          website: z.string(),
          purpose: localized,
          data: localized.describe("The data it processes"),
          location: localized.nullable().describe("Where it processes the data; null when not published"),
          transferMechanism: localized
            .nullable()
            .describe("How transfers out of the customer's jurisdiction are covered; null when not published"),
          since: date.describe("The day it joined the list (may be in the future: announced)"),
          until: date.nullable().describe("The day it leaves the list; null when none is announced"),
        })
        .strict(),
    ),
  })
  .strict()
  .describe("Subprocessors of the trust center's company");

export type PublicList = z.infer<typeof publicListSchema>;

export const SCHEMA_PATH = "/schemas/subprocessors.json";

export function subprocessorsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(publicListSchema, { target: "draft-2020-12" }),
    $id: absoluteUrl(SCHEMA_PATH),
    title: "Subprocessor list",
  };
}

export function publicList(list: SubprocessorFile): PublicList {
  const changes = list.subprocessors
    .flatMap((s) => [s.since, ...(s.until ? [s.until] : [])])
    .filter((day) => day > list.firstPublished);
  return {
    $schema: absoluteUrl(SCHEMA_PATH),
    version: 1 + changes.length,
    lastChange: [list.firstPublished, ...changes].sort().at(-1) ?? list.firstPublished,
    noticeDays: list.noticeDays,
    updates: absoluteUrl(updatesFeedPath("en", "atom", "subprocessor")),
    subprocessors: list.subprocessors.map((s) => ({
      id: s.id,
      name: s.name,
      website: s.website,
      purpose: s.purpose,
      data: s.data,
      location: s.location ?? null,
      transferMechanism: s.transferMechanism ?? null,
      since: s.since,
      until: s.until ?? null,
    })),
  };
}
