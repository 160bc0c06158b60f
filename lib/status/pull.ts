import "server-only";
import { readConfigFacts } from "@/lib/aws-config";
import { loadStatusConfig, type StatusConfig } from "./config";
import { buildSnapshot } from "./snapshot";
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

