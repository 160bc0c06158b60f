import "server-only";
import { setMaxListeners } from "node:events";
import { createConfigClient } from "./client";
import { gatherFacts } from "./facts";
import { anonymize } from "./recording/anonymize";
import { captureExchanges } from "./recording/capture";
import { type RecordedExchange, type Recording, writeRecording } from "./recording/format";
import { createReplayHandler } from "./recording/replay";
import { withRelativeTimes } from "./recording/template";
import type { ConfigFacts, FactsRequest, QueryFailure, SourceSettings } from "./types";

export type * from "./types";
export type { RecordedExchange } from "./recording/format";
export { RecordingError } from "./recording/format";
export { iamAction } from "./errors";

/** Where the answers come from: AWS Config itself, or a recording of it (the demo, a bug report). */
export type ConfigSource = { kind: "aws" } | { kind: "replay"; dir: string };

export type FactsResult = { facts: ConfigFacts; failures: QueryFailure[]; exchanges: RecordedExchange[] };

/**
 * Reads AWS Config for everything the request names. A replay runs the same SDK code against
 * recorded responses, so the demo exercises the real path. With `capture`, every response
 * received is kept (for `status:check --record`).
 */
export async function readConfigFacts(
  settings: SourceSettings,
  request: FactsRequest,
  source: ConfigSource,
  { capture = false } = {},
): Promise<FactsResult> {
  const client =
    source.kind === "replay"
      ? createConfigClient({
          settings,
          requestHandler: createReplayHandler(source.dir),
          credentials: { accessKeyId: "REPLAY", secretAccessKey: "replay" },
        })
      : createConfigClient({ settings });
  const exchanges = capture ? captureExchanges(client) : [];
  // A whole pull has a deadline too: retries on a throttled account must not stall a build forever.
  const deadline = AbortSignal.timeout(Math.max(60_000, settings.requestTimeout * settings.maxAttempts * 4));
  // Every request of the pull listens to the one deadline; that is many listeners by design.
  setMaxListeners(0, deadline);
  try {
    return {
      ...(await gatherFacts({ client, signal: deadline, aggregator: settings.aggregator }, request)),
      exchanges,
    };
  } finally {
    client.destroy();
  }
}

/**
 * Writes captured exchanges as a recording, times relative to `recordedAt`; anonymized unless
 * told otherwise (the demo recording keeps its made-up identifiers, for the leak scan).
 */
export function saveRecording(
  dir: string,
  exchanges: RecordedExchange[],
  settings: SourceSettings,
  recordedAt: Date,
  { anonymized = true } = {},
): Recording {
  const relative = exchanges.map((e) => ({ ...e, body: withRelativeTimes(e.body, recordedAt.getTime()) }));
  return writeRecording(
    dir,
    {
      recordedAt: recordedAt.toISOString(),
      region: settings.region,
      aggregator: settings.aggregator ?? null,
      anonymized,
    },
    anonymized ? anonymize(relative) : relative,
  );
}
