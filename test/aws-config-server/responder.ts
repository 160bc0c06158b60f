// The local AWS Config service minus the transport: (operation, parsed JSON input) → the HTTP
// response AWS would send. server.ts puts it on a socket.
import { aggregatorOperations } from "./aggregate-operations";
import { type Fault, createFaultInjector } from "./faults";
import { isRecord } from "./input";
import { type OperationHandler, accountOperations } from "./operations";
import type { Account, Operation } from "./account";
import type { PageSizes } from "./pagination";
import { recorderOperations } from "./recorder-operations";
import { type CallRecord, type FakeResponse, FakeServiceError, errorResponse, jsonResponse } from "./wire";

export type { CallRecord, FakeResponse } from "./wire";

export type Responder = {
  respond(operation: string, input: unknown): Promise<FakeResponse> | FakeResponse;
  /** Every call answered so far, in order (hung calls too, with status 0). */
  calls: CallRecord[];
};

export type ResponderOptions = {
  /** Clock for the rate-limit fault, call timestamps and Date headers; defaults to Date.now. */
  now?: () => number;
  faults?: Fault[];
  /** Smaller pages than AWS's defaults, to exercise pagination with few items. */
  pageSize?: PageSizes;
};

const handlers: Record<Operation, OperationHandler> = {
  ...accountOperations,
  ...aggregatorOperations,
  ...recorderOperations,
};

function isOperation(name: string): name is Operation {
  return Object.hasOwn(handlers, name);
}

/** A strict prefix of a JSON object is never valid JSON: what a connection cut mid-body looks like. */
function truncate(body: string): string {
  return body.slice(0, Math.max(1, Math.floor(body.length / 2)));
}

export function createResponder(account: Account, options: ResponderOptions = {}): Responder {
  const now = options.now ?? Date.now;
  const faults = createFaultInjector(options.faults ?? [], account.accountId, now);
  const pageSize = options.pageSize ?? {};
  const calls: CallRecord[] = [];
  let requests = 0;

  const requestId = () => `00000000-0000-4000-8000-${(++requests).toString(16).padStart(12, "0")}`;

  const handle = (operation: string, input: unknown, id: string): FakeResponse => {
    if (!isOperation(operation)) {
      return errorResponse(
        new FakeServiceError("UnknownOperationException", `Unknown operation ${operation}`),
        id,
        now(),
      );
    }
    if (!isRecord(input)) {
      return errorResponse(
        new FakeServiceError("SerializationException", "Start of structure or map found where not expected."),
        id,
        now(),
      );
    }
    const fault = faults.check(operation, input);
    if (fault?.kind === "hang") return { hang: true };
    if (fault?.kind === "error") return errorResponse(fault.error, id, now());
    let response: FakeResponse;
    try {
      response = jsonResponse(handlers[operation]({ account, operation, pageSize }, input), id, now());
    } catch (error) {
      if (!(error instanceof FakeServiceError)) throw error;
      response = errorResponse(error, id, now());
    }
    if (fault?.kind === "malformed" && "body" in response) {
      const body = truncate(response.body);
      // A 200 carries no error type, even when the body it cut was an error's.
      const headers = Object.fromEntries(
        Object.entries(response.headers).filter(([name]) => name !== "x-amzn-ErrorType"),
      );
      return { status: 200, headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) }, body };
    }
    return response;
  };

  return {
    calls,
    respond(operation, input) {
      const response = handle(operation, input, requestId());
      calls.push({ operation, input, status: "hang" in response ? 0 : response.status, at: now() });
      return response;
    },
  };
}
