import { rmSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { makeLocalhostCertificates } from "./certificates";

export type TlsProxyOptions = { upstream: string; hostname?: string; httpsPort?: number; httpPort?: number };
export type TlsProxy = { caFile: string; httpsPort: number; httpPort: number; close: () => Promise<void> };

// Per-connection headers (RFC 9110 §7.6.1): they describe one hop and must not be forwarded.
const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"];

function withoutHopByHop(headers: http.IncomingHttpHeaders) {
  const named = String(headers.connection ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase());
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !HOP_BY_HOP.includes(name) && !named.includes(name)),
  );
}

/**
 * What a CDN or load balancer does in front of `next start`: TLS on 443 with a certificate for
 * `hostname`, every request streamed to the plain-HTTP upstream with the X-Forwarded-* headers,
 * and port 80 answering only with a permanent redirect to https.
 */
export async function startTlsProxy({
  upstream,
  hostname = "localhost",
  httpsPort = 443,
  httpPort = 80,
}: TlsProxyOptions): Promise<TlsProxy> {
  const certificates = makeLocalhostCertificates();
  const target = new URL(upstream);
  const agent = new http.Agent({ keepAlive: true });

  const tlsOptions = { cert: readFileSync(certificates.certFile), key: readFileSync(certificates.keyFile) };

  const forward: http.RequestListener = (req, res) => {
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    const headers = {
      ...withoutHopByHop(req.headers),
      "x-forwarded-proto": "https",
      "x-forwarded-for": forwardedFor,
      "x-forwarded-host": req.headers.host ?? hostname,
    };
    const proxied = http.request(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers,
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, withoutHopByHop(answer.headers));
        answer.pipe(res);
      },
    );
    proxied.on("error", () => {
      if (res.headersSent) res.destroy();
      else res.writeHead(502, { "content-type": "text/plain" }).end("upstream unreachable\n");
    });
    req.pipe(proxied);
  };
  const redirect: http.RequestListener = (req, res) => {
    res.writeHead(301, { location: `https://${hostname}${req.url ?? "/"}` }).end();
  };

  const servers: http.Server[] = [];
  const close = async () => {
    agent.destroy();
    await Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      ),
    );
    rmSync(certificates.dir, { recursive: true, force: true });
  };
  try {
    // The scanner resolves `localhost` itself, to 127.0.0.1 or ::1 depending on the machine, so
    // answer on both loopback addresses where they exist; nothing listens beyond loopback.
    const ports = { https: httpsPort, http: httpPort };
    for (const host of ["127.0.0.1", "::1"]) {
      ports.https = await listen(https.createServer(tlsOptions, forward), ports.https, host, servers);
      ports.http = await listen(http.createServer(redirect), ports.http, host, servers);
    }
    return { caFile: certificates.caFile, httpsPort: ports.https, httpPort: ports.http, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Listens and records the server for closing; a machine without IPv6 skips ::1. Returns the port. */
function listen(server: http.Server, port: number, host: string, servers: http.Server[]): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (host === "::1" && (error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT")) resolve(port);
      else reject(error);
    });
    server.listen(port, host, () => {
      servers.push(server);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
