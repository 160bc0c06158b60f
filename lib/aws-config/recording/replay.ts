import "server-only";
import { Readable } from "node:stream";
import { canonical, readRecording } from "./format";
import { renderTemplates } from "./template";

// Serves a recording to the SDK in place of the network: each request gets the response the
// recording holds for the same operation and input (in order, when one request was answered
// several times, e.g. throttled then answered; the last answer repeats). A request the recording
// never saw gets an error the pull reports, never an invented answer.

type HttpRequestLike = { headers: Record<string, string>; body?: unknown };
type Answer = { status: number; body: string };

const TARGET_PREFIX = "StarlingDoveService.";

function operationOf(request: HttpRequestLike): string {
  const key = Object.keys(request.headers).find((name) => name.toLowerCase() === "x-amz-target");
  const target = key ? (request.headers[key] ?? "") : "";
  return target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
}

function inputOf(body: unknown): unknown {
  try {
    // TextDecoder, not Buffer.from: the SDK's body is a Uint8Array subclass that warns when read as a string.
    return JSON.parse(
      typeof body === "string" ? body : new TextDecoder().decode((body ?? new Uint8Array()) as Uint8Array),
    );
  } catch {
    return {};
  }
}

export type ReplayHandler = ReturnType<typeof createReplayHandler>;

/** `now` (epoch ms): the moment the recording's `{{now…}}` times are rendered against. */
export function createReplayHandler(dir: string, now = Date.now()) {
  const { recording, bodies } = readRecording(dir);
  const answers = new Map<string, Answer[]>();
  for (const e of recording.exchanges) {
    const key = `${e.operation} ${canonical(e.input)}`;
    answers.set(key, [
      ...(answers.get(key) ?? []),
      { status: e.status, body: renderTemplates(bodies.get(e.body) ?? "", now) },
    ]);
  }
  const served = new Map<string, number>();
  return {
    recording,
    metadata: { handlerProtocol: "http/1.1" },
    async handle(request: HttpRequestLike) {
      const operation = operationOf(request);
      const key = `${operation} ${canonical(inputOf(request.body))}`;
      const queue = answers.get(key);
      const index = served.get(key) ?? 0;
      served.set(key, index + 1);
      const answer = queue?.[Math.min(index, queue.length - 1)] ?? {
        status: 400,
        body: JSON.stringify({ __type: "ReplayMissingException", message: `${dir} holds no response to ${key}` }),
      };
      const headers: Record<string, string> = {
        "content-type": "application/x-amz-json-1.1",
        "x-amzn-requestid": `replay-${index}`,
      };
      if (answer.status >= 300) {
        const type = /"__type"\s*:\s*"([^"]+)"/.exec(answer.body)?.[1];
        if (type) headers["x-amzn-errortype"] = type;
      }
      return { response: { statusCode: answer.status, headers, body: Readable.from([Buffer.from(answer.body)]) } };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs() {
      return {};
    },
    destroy() {},
  };
}
