// The production server: `next start`, plus reading pages sent without Next's runtime
// (server/runtime-cut.mjs) and a plain 4xx for requests the framework would answer with a 500.
// Usage: node scripts/serve.mjs [-p PORT]
//
// TRUST_PROXY_HOPS=N: the server sits behind N proxies (a CDN, a TLS terminator) whose
// X-Forwarded-For entries are trusted. Without it the socket's address is the client.
import { createServer } from "node:http";
import compression from "compression";
import next from "next";
import proxyAddr from "proxy-addr";
import headers from "../server/headers.cjs";
import { rewriteHtml } from "../server/page-response.mjs";
import { refusal } from "../server/request-guard.mjs";
import { removeFrameworkRuntime } from "../server/runtime-cut.mjs";

const flag = process.argv.indexOf("-p");
const port = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME ?? "localhost";
const trustedHops = Number(process.env.TRUST_PROXY_HOPS ?? 0);

const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
// Next's own compression is off (next.config.js): it would compress before the cut.
const compress = compression();

createServer((req, res) => {
  // One trusted client address for the feedback rate limit: a client cannot pick its own.
  req.headers["x-forwarded-for"] = proxyAddr(req, (_address, hop) => hop < trustedHops);
  // Only a trusted proxy says which host the reader addressed; from anyone else it is made up.
  if (trustedHops === 0) delete req.headers["x-forwarded-host"];
  compress(req, /** @type {any} */ (res), () => {
    const refused = refusal(req);
    if (refused) {
      for (const { key, value } of headers.securityHeaders) res.setHeader(key, value);
      res.writeHead(refused.status, { "content-type": "text/plain; charset=utf-8", ...refused.headers });
      res.end(refused.message);
      return;
    }
    rewriteHtml(res, (req.url ?? "/").split("?")[0] ?? "/", removeFrameworkRuntime);
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
}).listen(port, () => console.log(`▲ Ready on http://${hostname}:${port}`));
