// The fake AWS Config as an SDK `requestHandler`: the client signs and serialises as usual, and
// instead of opening a socket the request goes to the responder in-process. The demo source uses
// it so `npm start` runs the real SDK code path with no network and no AWS account.
import { Readable } from "node:stream";
import { type HttpHandler, type HttpHandlerOptions, type HttpRequest, HttpResponse } from "@smithy/core/protocols";
import { type CallRecord, type ResponderOptions, createResponder } from "./responder";
import type { Scenario } from "./scenario";
import { TARGET_PREFIX } from "./wire";

export type FakeRequestHandlerOptions = ResponderOptions & {
  /**
   * Like NodeHttpHandler's requestTimeout + throwOnRequestTimeout: a request still unanswered (a
   * hang fault) after this many ms fails with a TimeoutError. The client's own requestHandler
   * settings never reach a handler instance, so they must be given here.
   */
  requestTimeout?: number;
};

export type FakeRequestHandler = HttpHandler & { calls: CallRecord[] };

function header(request: HttpRequest, name: string): string | undefined {
  const key = Object.keys(request.headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : request.headers[key];
}

function bodyText(body: unknown): string | undefined {
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  return undefined;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The error NodeHttpHandler rejects with when the caller aborts. */
function abortError(signal: NonNullable<HttpHandlerOptions["abortSignal"]>): Error {
  const reason: unknown = "reason" in signal ? signal.reason : undefined;
  if (reason instanceof Error) return reason;
  return Object.assign(new Error(typeof reason === "string" ? reason : "Request aborted"), { name: "AbortError" });
}

/** A request that is never answered: it ends only through the abort signal or the request timeout. */
function hang(options: HttpHandlerOptions | undefined, requestTimeout: number | undefined): Promise<never> {
  return new Promise<never>((_resolve, reject) => {
    const signal = options?.abortSignal;
    const timeout = options?.requestTimeout ?? requestTimeout;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      clearTimeout(timer);
      if (signal) reject(abortError(signal));
    };
    if (timeout) {
      timer = setTimeout(() => {
        if (signal && "removeEventListener" in signal) signal.removeEventListener("abort", onAbort);
        const message = `@smithy/node-http-handler - [ERROR] a request has exceeded the configured ${timeout} ms requestTimeout.`;
        reject(Object.assign(new Error(message), { name: "TimeoutError", code: "ETIMEDOUT" }));
      }, timeout);
    }
    if (!signal) return;
    if (signal.aborted) return onAbort();
    if ("addEventListener" in signal) signal.addEventListener("abort", onAbort, { once: true });
    else signal.onabort = onAbort;
  });
}

export function createFakeRequestHandler(scenario: Scenario, options: FakeRequestHandlerOptions = {}): FakeRequestHandler {
  const responder = createResponder(scenario, options);
  return {
    calls: responder.calls,
    metadata: { handlerProtocol: "http/1.1" },
    async handle(request: HttpRequest, handlerOptions?: HttpHandlerOptions) {
      const signal = handlerOptions?.abortSignal;
      if (signal?.aborted) throw abortError(signal);
      const target = header(request, "x-amz-target") ?? "";
      const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
      const answer = await responder.respond(operation, parseJson(bodyText(request.body)));
      if ("hang" in answer) return hang(handlerOptions, options.requestTimeout);
      // Node's http module hands the SDK lower-cased header names and a stream body; so do we.
      const headers = Object.fromEntries(Object.entries(answer.headers).map(([name, value]) => [name.toLowerCase(), value]));
      const response = new HttpResponse({ statusCode: answer.status, headers, body: Readable.from([Buffer.from(answer.body)]) });
      return { response };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs() {
      return {};
    },
    destroy() {},
  };
}
