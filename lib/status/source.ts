import "server-only";
import { readFile } from "node:fs/promises";
import { unstable_cache } from "next/cache";
import { readConfigFacts } from "@/lib/aws-config";
import { env } from "@/lib/env";
import { loadStatusConfig, type StatusConfig } from "./config";
import { buildSnapshot } from "./snapshot";
import { parseSnapshotFile } from "./snapshot-file";
import type { StatusErrorCode, StatusSnapshot, StatusSourceKind } from "./types";

/** Everything unknown, for when there is no data at all; still says why and since when. */
export function unknownSnapshot(config: StatusConfig, kind: StatusSourceKind, code: StatusErrorCode, at = new Date()): StatusSnapshot {
  const since = at.toISOString();
  const reason = { code: "source_error", error: code, since } as const;
  return {
    version: 1,
    generatedAt: since,
    expiresAt: new Date(at.getTime() + config.source.staleAfter).toISOString(),
    source: { kind, aggregated: Boolean(config.source.aggregator) },
    error: { code, since },
    controls: config.controls.map((c) => ({ id: c.id, state: "unknown", evidenceAt: null, reason, rules: [] })),
    backups: config.backups.map((b) => ({ id: b.id, state: "unknown", evidenceAt: null, maxAgeMinutes: Math.round(b.maxAge / 60_000), newestAgeMinutes: null, verifiedWithinMinutes: null, reason })),
  };
}

/** Asks AWS Config (or the demo recordings) now. Failures are logged, with the IAM action to grant. */
export async function pullSnapshot(kind: "aws" | "demo", config = loadStatusConfig()) {
  const { facts, failures } = await readConfigFacts(config, kind);
  for (const f of failures) console.warn(`[status] ${f.operation}: ${f.code}: ${f.detail}`);
  return { snapshot: buildSnapshot(config, facts, failures, kind), failures };
}

async function readSnapshotFile(config: StatusConfig): Promise<StatusSnapshot> {
  try {
    return parseSnapshotFile(await readFile(env.STATUS_FILE, "utf8"), config);
  } catch (error) {
    console.warn(`[status] cannot use ${env.STATUS_FILE}: ${(error as Error).message}`);
    return unknownSnapshot(config, "file", "invalid");
  }
}

async function readStatusSnapshot(): Promise<StatusSnapshot> {
  const config = loadStatusConfig();
  if (env.STATUS_SOURCE === "file") return readSnapshotFile(config);
  try {
    return (await pullSnapshot(env.STATUS_SOURCE, config)).snapshot;
  } catch (error) {
    console.warn(`[status] status source failed: ${(error as Error).message}`);
    return unknownSnapshot(config, env.STATUS_SOURCE, "server");
  }
}

/**
 * One pull per refresh interval, shared by every page of a build or server. Its revalidate
 * time becomes the pages' ISR interval under `next start`; a static export bakes it in.
 */
export const getStatusSnapshot = unstable_cache(
  readStatusSnapshot,
  ["status-snapshot", env.STATUS_SOURCE, env.STATUS_FILE, process.env.AWS_ENDPOINT_URL_CONFIG_SERVICE ?? ""],
  { revalidate: Math.max(1, Math.round(loadStatusConfig().source.refreshInterval / 1000)), tags: ["status"] },
);
