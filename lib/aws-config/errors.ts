import "server-only";
import type { SourceErrorCode } from "./types";

/** One error type for everything that goes wrong between us and AWS Config. */
export class StatusSourceError extends Error {
  override name = "StatusSourceError";
  constructor(
    readonly code: SourceErrorCode,
    readonly operation: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

type SdkLikeError = Error & {
  $fault?: "client" | "server";
  $metadata?: { httpStatusCode?: number };
  $responseBodyText?: string;
  code?: string;
};

const THROTTLING = new Set([
  "ThrottlingException",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "LimitExceededException",
]);
const DENIED = new Set([
  "AccessDeniedException",
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "ExpiredTokenException",
  "CredentialsProviderError",
  "InvalidSignatureException",
]);
const NOT_FOUND = new Set([
  "NoSuchConfigRuleException",
  "NoSuchConfigurationAggregatorException",
  "NoSuchConformancePackException",
  "NoSuchConfigurationRecorderException",
]);
const TIMEOUT = new Set(["TimeoutError", "RequestTimeout", "AbortError"]);
const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);

/** Maps what the SDK throws to our codes, by error name and metadata, never by message text. */
export function classify(error: unknown): SourceErrorCode {
  if (!(error instanceof Error)) return "server";
  const e = error as SdkLikeError;
  if (THROTTLING.has(e.name)) return "throttled";
  if (DENIED.has(e.name)) return "denied";
  if (NOT_FOUND.has(e.name)) return "not_found";
  if (TIMEOUT.has(e.name) || e.code === "ETIMEDOUT") return "timeout";
  if (e.code && UNREACHABLE.has(e.code)) return "unreachable";
  if (e.name === "InvalidNextTokenException") return "incomplete";
  // The SDK attaches the raw body when it cannot deserialise a response.
  if (e.$responseBodyText !== undefined || e.name === "SyntaxError") return "malformed";
  if (e.$fault === "server" || (e.$metadata?.httpStatusCode ?? 0) >= 500) return "server";
  if (e.$fault === "client") return "invalid";
  return "server";
}

/** The IAM action an operation needs: every AWS Config API is allowed as config:<Operation>. */
export const iamAction = (operation: string) => `config:${operation}`;

export function toSourceError(error: unknown, operation: string): StatusSourceError {
  if (error instanceof StatusSourceError) return error;
  const code = classify(error);
  const name = error instanceof Error ? error.name : typeof error;
  const hint = code === "denied" ? ` (the IAM policy must allow ${iamAction(operation)})` : "";
  return new StatusSourceError(code, operation, `${operation} failed: ${name}${hint}`, { cause: error });
}
