// @ts-check
// Headers on every response: pages, JSON, images and static files. next.config.js sends them on
// everything Next.js serves (so plain `next start` sends them too), server/serve.mjs on what it
// refuses itself, and the static export writes the policy into each page as a <meta> element.

/**
 * The Content-Security-Policy, the same for every response: no page carries an inline script
 * (the runtime cut removes Next's, server/runtime-cut.mjs), so scripts come from this origin only.
 * Styles keep 'unsafe-inline' for React's style attributes; a style cannot run code.
 * @param {{ meta?: boolean, connect?: string[], forms?: string[] }} [options]
 *   meta: for a <meta> element, which cannot carry frame-ancestors.
 *   connect: extra origins the page may post to (the export's configured feedback URL).
 *   forms: extra origins a form may submit to (the export's configured subscription URL).
 */
function contentSecurityPolicy({ meta = false, connect = [], forms = [] } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${connect.map((origin) => ` ${origin}`).join("")}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${forms.map((origin) => ` ${origin}`).join("")}`,
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ].join("; ");
}

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy() },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  // Cross-origin isolation: every resource the site loads is its own.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

module.exports = { contentSecurityPolicy, securityHeaders };
