// Shared by the local server's tests: a real ConfigServiceClient pointed at it, and a way to catch the
// error the SDK throws so tests can assert on what callers would see.
import { ConfigServiceClient, type ConfigServiceClientConfig } from "@aws-sdk/client-config-service";

export const CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

/** `target` is the local server's URL or an in-process request handler. */
export function sdkClient(
  target: string | NonNullable<ConfigServiceClientConfig["requestHandler"]>,
  extra: Partial<ConfigServiceClientConfig> = {},
): ConfigServiceClient {
  return new ConfigServiceClient({
    region: "us-east-1",
    credentials: CREDENTIALS,
    maxAttempts: 1,
    ...(typeof target === "string" ? { endpoint: target } : { requestHandler: target }),
    ...extra,
  });
}

export type CaughtError = Error & {
  $fault?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number; requestId?: string };
  $response?: unknown;
};

/** Awaits a promise that must reject and returns the rejection. */
export async function rejectionOf(promise: Promise<unknown>): Promise<CaughtError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`rejected with a non-Error: ${String(error)}`);
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** Drains an SDK paginator, returning its pages. */
export async function allPages<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}
