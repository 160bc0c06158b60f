/**
 * Whether a post comes from a page this site trusts. Browsers send Sec-Fetch-Site and Origin on
 * every cross-site post, so a page elsewhere cannot vote through a reader's browser. Clients that
 * are not browsers send neither and cannot act for a reader; they are allowed.
 */
export function crossSiteProblem(headers: Headers, ownOrigins: readonly string[], allowedOrigins: readonly string[]): string | undefined {
  const origin = headers.get("origin");
  const fetchSite = headers.get("sec-fetch-site");
  if (origin !== null) {
    if (ownOrigins.includes(origin) || allowedOrigins.includes(origin)) return undefined;
    return `Posts from ${origin.slice(0, 100)} are not accepted.`;
  }
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") return "Cross-site posts are not accepted.";
  return undefined;
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
