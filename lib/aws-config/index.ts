import "server-only";
import { setMaxListeners } from "node:events";
import type { StatusConfig } from "@/lib/status/config";
import { createConfigClient } from "./client";
import { demoScenario } from "./demo-scenario";
import { gatherFacts } from "./facts";
import { createFakeRequestHandler } from "./fake/request-handler";
import type { ConfigFacts, QueryFailure } from "./types";

export type { ConfigFacts, QueryFailure } from "./types";

/**
 * Reads AWS Config for everything the operator config names. `demo` runs the same SDK code
 * against recorded responses served in-process, so the demo exercises the real path.
 */
export async function readConfigFacts(config: StatusConfig, kind: "aws" | "demo"): Promise<{ facts: ConfigFacts; failures: QueryFailure[] }> {
  const { source } = config;
  const client =
    kind === "demo"
      ? createConfigClient({ source, requestHandler: createFakeRequestHandler(demoScenario(), { requestTimeout: source.requestTimeout }), credentials: { accessKeyId: "DEMO", secretAccessKey: "demo" } })
      : createConfigClient({ source });
  // A whole pull has a deadline too: retries on a throttled account must not stall a build forever.
  const deadline = AbortSignal.timeout(Math.max(60_000, source.requestTimeout * source.maxAttempts * 4));
  // Every request of the pull listens to the one deadline; that is many listeners by design.
  setMaxListeners(0, deadline);
  try {
    return await gatherFacts({ client, signal: deadline, aggregator: source.aggregator }, config);
  } finally {
    client.destroy();
  }
}
