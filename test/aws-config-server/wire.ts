// The AWS JSON 1.1 wire format as the local server speaks it: response envelopes and error bodies.
// Pure values only; the transports (server.ts, request-handler.ts) turn a FakeResponse into bytes.

export const JSON_CONTENT_TYPE = "application/x-amz-json-1.1";
/** Every Config operation is addressed as `X-Amz-Target: StarlingDoveService.<Operation>`. */
export const TARGET_PREFIX = "StarlingDoveService.";

export type FakeResponse = { status: number; headers: Record<string, string>; body: string } | { hang: true };

export type CallRecord = {
  operation: string;
  input: unknown;
  /** HTTP status sent; 0 when the request was left hanging. */
  status: number;
  /** Wall-clock time of the call, epoch milliseconds. */
  at: number;
};

/**
 * A service error raised inside an operation handler. `code` becomes the body's `__type` and the
 * `x-amzn-ErrorType` header, which is what the SDK uses to pick the exception class.
 */
export class FakeServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = code;
  }
}

function headers(requestId: string, body: string, now: number): Record<string, string> {
  return {
    "Content-Type": JSON_CONTENT_TYPE,
    "Content-Length": String(Buffer.byteLength(body)),
    "x-amzn-RequestId": requestId,
    Date: new Date(now).toUTCString(),
  };
}

export function jsonResponse(payload: unknown, requestId: string, now: number, status = 200): FakeResponse {
  const body = JSON.stringify(payload);
  return { status, headers: headers(requestId, body, now), body };
}

export function errorResponse(error: FakeServiceError, requestId: string, now: number): FakeResponse {
  const body = JSON.stringify({ __type: error.code, message: error.message });
  return {
    status: error.status,
    headers: { ...headers(requestId, body, now), "x-amzn-ErrorType": error.code },
    body,
  };
}

/** The error AWS sends for a given HTTP status when a fault only names the status. */
export function errorForStatus(status: number): FakeServiceError {
  if (status === 503)
    return new FakeServiceError(
      "ServiceUnavailable",
      "The request has failed due to a temporary failure of the server.",
      503,
    );
  if (status >= 500)
    return new FakeServiceError(
      "InternalFailure",
      "The request processing has failed because of an unknown error, exception or failure.",
      status,
    );
  if (status === 429) return new FakeServiceError("ThrottlingException", "Rate exceeded", status);
  if (status === 403) return new FakeServiceError("AccessDeniedException", "Access denied", status);
  return new FakeServiceError("ValidationException", "The request was rejected.", status);
}

/** FNV-1a: a tiny stable hash for ids and token fingerprints (not security relevant). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
