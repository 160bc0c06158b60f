// @ts-check
// Headers on every response: pages, JSON, images and static files. next.config.js sends them on
// everything Next.js serves, scripts/serve.mjs on what it refuses itself. The
// Content-Security-Policy comes from lib/security/csp.mjs, hashed per page.
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
  // Cross-origin isolation: every resource the site loads is its own.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

module.exports = { securityHeaders };
