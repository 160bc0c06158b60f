import { z } from "zod";
import type { StatusConfig } from "./config";
import type { StatusSnapshot } from "./types";

// A pulled snapshot is checked before it is published: a file from an older or broken
// pipeline must not show green it cannot back.
const state = z.enum(["passing", "failing", "unknown", "stale"]);
const iso = z.iso.datetime({ offset: true });
const reason = z.looseObject({ code: z.string() });
const schema = z.strictObject({
  version: z.literal(1),
  generatedAt: iso,
  expiresAt: iso,
  source: z.strictObject({ kind: z.enum(["aws", "demo", "replay", "file"]), aggregated: z.boolean() }),
  error: z.strictObject({ code: z.string(), since: iso }).nullable(),
  controls: z.array(
    z.strictObject({
      id: z.string(),
      state,
      evidenceAt: iso.nullable(),
      reason,
      rules: z.array(z.strictObject({ name: z.string(), state })),
    }),
  ),
  backups: z.array(
    z.strictObject({
      id: z.string(),
      state,
      evidenceAt: iso.nullable(),
      maxAgeMinutes: z.number(),
      newestAgeMinutes: z.number().nullable(),
      verifiedWithinMinutes: z.number().nullable(),
      reason,
    }),
  ),
});

/** Validates a snapshot's shape only: an archived one may predate today's operator config. */
export function parseSnapshot(text: string): StatusSnapshot {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(
      `not a status snapshot: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return parsed.data as StatusSnapshot;
}

/** Validates a snapshot file against the schema and the current operator config. */
export function parseSnapshotFile(text: string, config: StatusConfig): StatusSnapshot {
  const snapshot = parseSnapshot(text);
  const have = new Set([...snapshot.controls, ...snapshot.backups].map((item) => item.id));
  const missing = [...config.controls, ...config.backups].map((item) => item.id).filter((id) => !have.has(id));
  if (missing.length > 0)
    throw new Error(`snapshot lacks ${missing.join(", ")}; pull it again with the current content/controls.yaml`);
  return { ...snapshot, source: { ...snapshot.source, kind: "file" } };
}
