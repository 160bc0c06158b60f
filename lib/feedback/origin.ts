/**
 * Whether a post comes from a page this site trusts. Browsers send Sec-Fetch-Site and Origin on
 * every cross-site post, so a page elsewhere cannot vote through a reader's browser. Clients that
 * are not browsers send neither and cannot act for a reader; they are allowed.
 */
export function crossSiteProblem(
  headers: Headers,
  ownOrigins: readonly string[],
  allowedOrigins: readonly string[],
): string | undefined {
  const origin = headers.get("origin");
  const fetchSite = headers.get("sec-fetch-site");
  if (origin !== null) {
    if (ownOrigins.includes(origin) || allowedOrigins.includes(origin)) return undefined;
    return `Posts from ${origin.slice(0, 100)} are not accepted.`;
  }
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none")
    return "Cross-site posts are not accepted.";
  return undefined;
}

/**
 * The origins the reader's browser used to reach this server: the Host it addressed (or, behind
 * a trusted proxy, the X-Forwarded-Host the proxy set; scripts/serve.mjs drops that header from
 * clients otherwise). A cross-site page cannot forge either the Host its own request carries or
 * the Origin the browser adds, so a page opened at http://127.0.0.1:3000 or a LAN address can
 * vote, and a page elsewhere cannot.
 */
export function requestOrigins(headers: Headers): string[] {
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]?.trim() ?? "";
  return /^[\w.-]+(:\d+)?$|^\[[\d:a-f.]+\](:\d+)?$/i.test(host) ? [`http://${host}`, `https://${host}`] : [];
}

/** CORS headers for an origin the operator allowed (a static export posting here). */
export function corsHeaders(origin: string | null, allowedOrigins: readonly string[]): Record<string, string> {
  if (origin === null || !allowedOrigins.includes(origin)) return {};
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": "POST",
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  };
}
