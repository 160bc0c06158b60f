// The local AWS Config as a real HTTP endpoint on 127.0.0.1, for tests and benchmarks that point an
// SDK client (or anything else speaking AWS JSON 1.1) at `url`. No SDK code here on purpose: the
// point is to test the SDK against an independent implementation of the wire protocol.
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { type CallRecord, type ResponderOptions, createResponder } from "./responder";
import type { Account } from "./account";
import { TARGET_PREFIX } from "./wire";

export type AwsConfigServer = {
  /** Base URL to use as the client's `endpoint`, e.g. http://127.0.0.1:54321 */
  url: string;
  calls: CallRecord[];
  /** Stops listening and drops every connection, including requests left hanging by a fault. */
  close(): Promise<void>;
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** The JSON body, or undefined when it is not JSON (the responder answers SerializationException). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function targetOf(request: IncomingMessage): string {
  const header = request.headers["x-amz-target"];
  const target = Array.isArray(header) ? header[0] : header;
  if (!target) return "";
  return target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
}

export async function startAwsConfigServer(account: Account, options: ResponderOptions = {}): Promise<AwsConfigServer> {
  const responder = createResponder(account, options);
  const sockets = new Set<Socket>();

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const input = parseJson(await readBody(request));
      const answer = await responder.respond(targetOf(request), input);
      // A hang keeps the socket open and never writes; close() destroys it.
      if ("hang" in answer) return;
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    })().catch((error: unknown) => {
      // A bug in the local server must not look like a well-formed AWS answer.
      response.writeHead(500, { "Content-Type": "text/plain" });
      response.end(String(error));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls: responder.calls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets from the SDK's agent and hung requests would otherwise hold close() open.
        for (const socket of sockets) socket.destroy();
      }),
  };
}
