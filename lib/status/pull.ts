import "server-only";
import path from "node:path";
import { readConfigFacts, type ConfigSource, type FactsResult } from "@/lib/aws-config";
import { factsRequestOf, loadStatusConfig, sourceSettingsOf, type StatusConfig } from "./config";
import { buildSnapshot } from "./snapshot";
import type { StatusErrorCode, StatusSnapshot, StatusSourceKind } from "./types";

/** The demo: AWS Config responses recorded from a made-up account, replayed through the real SDK. */
export const DEMO_RECORDING = path.join(process.cwd(), "content", "status-demo");

export type PullSource = { kind: "aws" } | { kind: "demo" } | { kind: "replay"; dir: string };

/** Everything unknown, for when there is no data at all; still says why and since when. */
export function unknownSnapshot(
  config: StatusConfig,
  kind: StatusSourceKind,
  code: StatusErrorCode,
  at = new Date(),
): StatusSnapshot {
  const since = at.toISOString();
  const reason = { code: "source_error", error: code, since } as const;
  return {
    version: 1,
    generatedAt: since,
    expiresAt: new Date(at.getTime() + config.source.staleAfter).toISOString(),
    source: { kind, aggregated: Boolean(config.source.aggregator) },
    error: { code, since },
    controls: config.controls.map((c) => ({ id: c.id, state: "unknown", evidenceAt: null, reason, rules: [] })),
    backups: config.backups.map((b) => ({
      id: b.id,
      state: "unknown",
      evidenceAt: null,
      maxAgeMinutes: Math.round(b.maxAge / 60_000),
      newestAgeMinutes: null,
      verifiedWithinMinutes: null,
      reason,
    })),
  };
}

function configSource(source: PullSource): ConfigSource {
  if (source.kind === "aws") return { kind: "aws" };
  return { kind: "replay", dir: source.kind === "demo" ? DEMO_RECORDING : source.dir };
}

/** Asks AWS Config (or a recording of it) now. Failures are logged, with the IAM action to grant. */
export async function pullSnapshot(
  source: PullSource,
  config = loadStatusConfig(),
  { capture = false } = {},
): Promise<FactsResult & { snapshot: StatusSnapshot }> {
  const result = await readConfigFacts(sourceSettingsOf(config), factsRequestOf(config), configSource(source), {
    capture,
  });
  for (const f of result.failures) console.warn(`[status] ${f.operation}: ${f.code}: ${f.detail}`);
  return { ...result, snapshot: buildSnapshot(config, result.facts, result.failures, source.kind) };
}
