// @ts-check
// `npm run dev` shows what ships: this proxy sits in front of `next dev` and sends every page
// through the same runtime cut as production (server/runtime-cut.mjs), so the islands run alone,
// as they do for readers. Without Next's runtime there is no hot reload; instead the proxy
// watches the content, the islands' build and the source, and tells open pages to reload.
import { watch } from "node:fs";
import { createServer, request as forward } from "node:http";
import { rewriteHtml } from "./page-response.mjs";
import { removeFrameworkRuntime } from "./runtime-cut.mjs";

const EVENTS = "/__dev/reload";
const CLIENT = `${EVENTS}.js`;
const CLIENT_CODE = `new EventSource(${JSON.stringify(EVENTS)}).onmessage = () => location.reload();\n`;

/** @param {string} html @param {string} page */
function devPage(html, page) {
  const cut = removeFrameworkRuntime(html, page, { dev: true });
  return cut.replace("</body>", `<script type="module" src="${CLIENT}"></script></body>`);
}

/**
 * @param {{ port: number, target: number, watched: string[] }} options
 *   port: where readers (the writer) connect; target: next dev's port; watched: folders whose
 *   changes reload open pages (the content's generated data, the islands' build, the source)
 */
export function startDevProxy({ port, target, watched }) {
  /** @type {Set<import("node:http").ServerResponse>} */
  const pages = new Set();
  /** @type {NodeJS.Timeout | undefined} */
  let pending;
  // A save touches several files (Contentlayer writes its index and documents): one reload.
  const changed = () => {
    clearTimeout(pending);
    pending = setTimeout(() => pages.forEach((page) => page.write("data: reload\n\n")), 300);
  };
  for (const dir of watched) watch(dir, { recursive: true }, changed);

  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path === EVENTS) {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
      res.write(": watching\n\n");
      pages.add(res);
      req.on("close", () => pages.delete(res));
      return;
    }
    if (path === CLIENT) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
      res.end(CLIENT_CODE);
      return;
    }
    rewriteHtml(res, path, devPage);
    // Uncompressed from next dev, so the page can be cut.
    const headers = { ...req.headers };
    delete headers["accept-encoding"];
    const upstream = forward(
      { host: "127.0.0.1", port: target, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
      res.end("next dev is not answering yet; this page reloads when it does.\n");
    });
    req.pipe(upstream);
  });
  server.listen(port);
  return server;
}
