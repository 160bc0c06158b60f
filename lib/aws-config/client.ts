import "server-only";
import { ConfigServiceClient, type ConfigServiceClientConfig } from "@aws-sdk/client-config-service";
import type { StatusConfig } from "@/lib/status/config";

export type ClientOptions = {
  source: StatusConfig["source"];
  /** Replaces the HTTP layer; the demo replays recorded responses through it. */
  requestHandler?: ConfigServiceClientConfig["requestHandler"];
  credentials?: ConfigServiceClientConfig["credentials"];
};

/**
 * The one ConfigServiceClient. Credentials come from the SDK's default chain; the endpoint may
 * be overridden with the standard AWS_ENDPOINT_URL_CONFIG_SERVICE, which the SDK reads itself.
 * Request timeouts only fire with throwOnRequestTimeout, so a hung endpoint cannot hang a build.
 */
export function createConfigClient({ source, requestHandler, credentials }: ClientOptions): ConfigServiceClient {
  return new ConfigServiceClient({
    region: process.env.AWS_REGION ?? source.region,
    retryMode: "adaptive",
    maxAttempts: source.maxAttempts,
    requestHandler: requestHandler ?? {
      connectionTimeout: Math.min(source.requestTimeout, 5_000),
      requestTimeout: source.requestTimeout,
      throwOnRequestTimeout: true,
    },
    ...(credentials ? { credentials } : {}),
  });
}
