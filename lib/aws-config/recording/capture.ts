import "server-only";
import { Readable } from "node:stream";
import type { ConfigServiceClient } from "@aws-sdk/client-config-service";
import type { RecordedExchange } from "./format";

type RawResponse = { statusCode?: number; body?: unknown };

async function text(body: unknown): Promise<string> {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString("utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

function inputOf(body: unknown): Record<string, unknown> {
  try {
    // TextDecoder, not Buffer.from: the SDK's body is a Uint8Array subclass that warns when read as a string.
    const value: unknown = JSON.parse(typeof body === "string" ? body : new TextDecoder().decode(body as Uint8Array));
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Keeps a copy of every response the client receives (each attempt, throttles and errors too),
 * with the request it answered. It sits in the deserialize step below the SDK's own parser, so
 * it sees the bytes AWS sent and hands the parser the same bytes.
 */
export function captureExchanges(client: ConfigServiceClient): RecordedExchange[] {
  const exchanges: RecordedExchange[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const request = (args as { request?: { body?: unknown } }).request;
      const result = await next(args);
      const response = result.response as RawResponse;
      const body = await text(response.body);
      response.body = Readable.from([Buffer.from(body)]);
      exchanges.push({
        operation: context.commandName?.replace(/Command$/, "") ?? "Unknown",
        input: inputOf(request?.body),
        status: response.statusCode ?? 0,
        body,
      });
      return result;
    },
    { step: "deserialize", name: "captureExchanges", priority: "low" },
  );
  return exchanges;
}
