// Injected failures, checked before an operation runs. Faults are tried in the order given and
// the first that fires decides the response; counters for `times` only advance when their fault fires.
import type { Operation } from "./account";
import { pageIndexOf } from "./pagination";
import { FakeServiceError, errorForStatus } from "./wire";

export type Fault =
  /** The first `times` matching calls (all when omitted) get ThrottlingException (HTTP 400). */
  | { kind: "throttle"; operation?: Operation; times?: number }
  /** A token bucket over all calls: beyond `perSecond` requests a second, ThrottlingException. */
  | { kind: "rate-limit"; perSecond: number }
  /** HTTP 500/503 with an InternalFailure/ServiceUnavailable body. */
  | { kind: "server-error"; operation?: Operation; times?: number; status?: 500 | 503 }
  /** The request is accepted and never answered. */
  | { kind: "hang"; operation?: Operation }
  /** HTTP 200 with a body that is not JSON. */
  | { kind: "malformed"; operation?: Operation }
  /** AccessDeniedException (HTTP 400) for this operation, with AWS's message naming the IAM action. */
  | { kind: "denied"; operation: Operation }
  /** Page `page` (1-based) of this operation fails with HTTP `status` (default 500) every time. */
  | { kind: "fail-page"; operation: Operation; page: number; status?: number };

/** What a fault does to a call: answer with an error, leave it hanging, or send a broken body. */
export type FaultEffect = { kind: "error"; error: FakeServiceError } | { kind: "hang" } | { kind: "malformed" };

const throttled = () => new FakeServiceError("ThrottlingException", "Rate exceeded");

function serverError(status: 500 | 503 = 500): FakeServiceError {
  return errorForStatus(status);
}

function denied(accountId: string, operation: string): FakeServiceError {
  const action = `config:${operation}`;
  return new FakeServiceError(
    "AccessDeniedException",
    `User: arn:aws:iam::${accountId}:user/x is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
  );
}

type Bucket = { tokens: number; refilledAt: number };

export function createFaultInjector(faults: Fault[], accountId: string, now: () => number) {
  const fired = new Map<Fault, number>();
  const buckets = new Map<Fault, Bucket>();

  /** For `times`-limited faults: fire while the count lasts. */
  const withinTimes = (fault: Fault & { times?: number }): boolean => {
    const count = fired.get(fault) ?? 0;
    if (fault.times !== undefined && count >= fault.times) return false;
    fired.set(fault, count + 1);
    return true;
  };

  /** A token bucket holding at most one second's worth of calls, refilled continuously. */
  const overRate = (fault: Extract<Fault, { kind: "rate-limit" }>): boolean => {
    const at = now();
    const bucket = buckets.get(fault) ?? { tokens: fault.perSecond, refilledAt: at };
    bucket.tokens = Math.min(fault.perSecond, bucket.tokens + ((at - bucket.refilledAt) / 1000) * fault.perSecond);
    bucket.refilledAt = at;
    buckets.set(fault, bucket);
    if (bucket.tokens < 1) return true;
    bucket.tokens -= 1;
    return false;
  };

  const effectOf = (fault: Fault, operation: string, input: unknown): FaultEffect | undefined => {
    if ("operation" in fault && fault.operation !== undefined && fault.operation !== operation) return undefined;
    switch (fault.kind) {
      case "throttle":
        return withinTimes(fault) ? { kind: "error", error: throttled() } : undefined;
      case "rate-limit":
        return overRate(fault) ? { kind: "error", error: throttled() } : undefined;
      case "server-error":
        return withinTimes(fault) ? { kind: "error", error: serverError(fault.status) } : undefined;
      case "hang":
        return { kind: "hang" };
      case "malformed":
        return { kind: "malformed" };
      case "denied":
        return { kind: "error", error: denied(accountId, operation) };
      case "fail-page":
        return pageIndexOf(operation, input) === fault.page
          ? { kind: "error", error: errorForStatus(fault.status ?? 500) }
          : undefined;
    }
  };

  return {
    check(operation: string, input: unknown): FaultEffect | undefined {
      for (const fault of faults) {
        const effect = effectOf(fault, operation, input);
        if (effect) return effect;
      }
      return undefined;
    },
  };
}
