import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { startTlsProxy } from "./support/tls-proxy";

// The proxy the Observatory test stands in front of the site, on free ports here (no root needed).
test("the TLS proxy forwards requests to the upstream and redirects plain http to https", async () => {
  const seen: { method?: string; url?: string; proto?: string; forwardedFor?: string; body: string }[] = [];
  const upstream = http.createServer((req, res) => {
    let body = "";
    req
      .on("data", (chunk) => (body += chunk))
      .on("end", () => {
        seen.push({
          method: req.method,
          url: req.url,
          proto: req.headers["x-forwarded-proto"] as string,
          forwardedFor: req.headers["x-forwarded-for"] as string,
          body,
        });
        res.writeHead(201, { "set-cookie": ["a=1", "b=2"], "x-upstream": "yes" });
        res.write("first,");
        setTimeout(() => res.end("second"), 50);
      });
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const proxy = await startTlsProxy({
    upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
    httpsPort: 0,
    httpPort: 0,
  });
  try {
    const ca = readFileSync(proxy.caFile);
    const answer = await new Promise<{ status?: number; headers: http.IncomingHttpHeaders; body: string }>(
      (resolve, reject) => {
        const req = https.request(
          { host: "localhost", port: proxy.httpsPort, method: "POST", path: "/form?x=1", ca },
          (res) => {
            let body = "";
            res
              .on("data", (chunk) => (body += chunk))
              .on("end", () => resolve({ status: res.statusCode, headers: res.headers, body }));
          },
        );
        req.on("error", reject).end("name=value");
      },
    );
    expect(answer).toMatchObject({
      status: 201,
      body: "first,second",
      headers: { "set-cookie": ["a=1", "b=2"], "x-upstream": "yes" },
    });
    expect(seen).toEqual([
      { method: "POST", url: "/form?x=1", proto: "https", forwardedFor: "127.0.0.1", body: "name=value" },
    ]);

    const redirect = await fetch(`http://127.0.0.1:${proxy.httpPort}/security?x=1`, { redirect: "manual" });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe("https://localhost/security?x=1");
  } finally {
    await proxy.close();
    upstream.close();
  }
});
