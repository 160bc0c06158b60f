import "server-only";
import { ConfigServiceClient, type ConfigServiceClientConfig } from "@aws-sdk/client-config-service";
import type { SourceSettings } from "./types";

export type ClientOptions = {
  settings: SourceSettings;
  /** Replaces the HTTP layer: a replay serves recorded responses through it. */
  requestHandler?: ConfigServiceClientConfig["requestHandler"];
  credentials?: ConfigServiceClientConfig["credentials"];
};

/**
 * The one ConfigServiceClient. Credentials come from the SDK's default chain; the endpoint may
 * be overridden with the standard AWS_ENDPOINT_URL_CONFIG_SERVICE, which the SDK reads itself.
 * Request timeouts only fire with throwOnRequestTimeout, so a hung endpoint cannot hang a build.
 */
export function createConfigClient({ settings, requestHandler, credentials }: ClientOptions): ConfigServiceClient {
  return new ConfigServiceClient({
    region: process.env.AWS_REGION ?? settings.region,
    retryMode: "adaptive",
    maxAttempts: settings.maxAttempts,
    requestHandler: requestHandler ?? {
      connectionTimeout: Math.min(settings.requestTimeout, 5_000),
      requestTimeout: settings.requestTimeout,
      throwOnRequestTimeout: true,
    },
    ...(credentials ? { credentials } : {}),
  });
}
