// @ts-check
// Requests refused before they reach the framework, with a plain 4xx instead of its 500s.

/**
 * @param {{ method?: string, url?: string }} req
 * @returns {{ status: number, message: string, headers?: Record<string, string> } | undefined}
 */
export function refusal(req) {
  const url = req.url ?? "/";
  const pathname = url.split("?")[0] ?? "/";
  try {
    // A malformed escape such as %ZZ made Next.js answer 500.
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, message: "Bad request: the address is not validly encoded." };
  }
  // Pages and files are read-only; only the API takes posts (the site has no server actions).
  const method = req.method ?? "GET";
  if (!["GET", "HEAD"].includes(method) && !pathname.startsWith("/api/")) {
    return { status: 405, message: "Method not allowed.", headers: { Allow: "GET, HEAD" } };
  }
  return undefined;
}
