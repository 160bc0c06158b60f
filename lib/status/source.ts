import "server-only";
import { readFile } from "node:fs/promises";
import { unstable_cache } from "next/cache";
import { env } from "@/lib/env";
import { loadStatusConfig, type StatusConfig } from "./config";
import { recordPull } from "./history/record";
import { pullSnapshot, unknownSnapshot, type PullSource } from "./pull";
import { parseSnapshotFile } from "./snapshot-file";
import type { StatusSnapshot } from "./types";

async function readSnapshotFile(config: StatusConfig): Promise<StatusSnapshot> {
  try {
    return parseSnapshotFile(await readFile(env.STATUS_FILE, "utf8"), config);
  } catch (error) {
    console.warn(`[status] cannot use ${env.STATUS_FILE}: ${(error as Error).message}`);
    return unknownSnapshot(config, "file", "invalid");
  }
}

export function pullSourceOf(kind: "aws" | "demo" | "replay"): PullSource {
  return kind === "replay" ? { kind, dir: env.STATUS_REPLAY ?? "" } : { kind };
}

async function readStatusSnapshot(): Promise<StatusSnapshot> {
  const config = loadStatusConfig();
  // A pulled file's history is kept beside it by `npm run status:pull`.
  if (env.STATUS_SOURCE === "file") return readSnapshotFile(config);
  let snapshot: StatusSnapshot;
  try {
    snapshot = (await pullSnapshot(pullSourceOf(env.STATUS_SOURCE), config)).snapshot;
  } catch (error) {
    console.warn(`[status] status source failed: ${(error as Error).message}`);
    snapshot = unknownSnapshot(config, env.STATUS_SOURCE, "server");
  }
  // Every pull the server makes is kept; a store that cannot be written never hides the status.
  await recordPull(snapshot);
  return snapshot;
}

/**
 * One pull per refresh interval, shared by every page of a build or server. Its revalidate
 * time becomes the pages' ISR interval under `next start`; a static export bakes it in.
 */
export const getStatusSnapshot = unstable_cache(
  readStatusSnapshot,
  [
    "status-snapshot",
    env.STATUS_SOURCE,
    env.STATUS_FILE,
    env.STATUS_REPLAY ?? "",
    process.env.AWS_ENDPOINT_URL_CONFIG_SERVICE ?? "",
  ],
  { revalidate: Math.max(1, Math.round(loadStatusConfig().source.refreshInterval / 1000)), tags: ["status"] },
);
