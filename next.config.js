// @ts-check
const { sectionRedirects } = require("./lib/content/aliases.cjs");

// `npm run export` builds a fully static site for any CDN or bucket (status baked in at build).
const staticExport = process.env.NEXT_OUTPUT === "export";

// Headers on every response: pages, JSON, images and static files. The script policy
// (hashes, no 'unsafe-inline') is still to come; these parts break nothing a page does.
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A separate build folder per variant, so an export or a test build never overwrites the site's.
  distDir: process.env.NEXT_DIST_DIR ?? (staticExport ? "out" : ".next"),
  ...(staticExport ? { output: "export" } : {}),
  // Multiple root layouts (one per locale, for <html lang>) leave no single layout for a 404.
  experimental: { globalNotFound: true },
  // Sales links to retired section ids keep working: permanent redirects to the section's new home.
  // (A static export has no server to redirect; scripts/export.mjs writes redirect pages instead.)
  ...(staticExport ? {} : { redirects: async () => sectionRedirects(), headers: async () => [{ source: "/:path*", headers: securityHeaders }] }),
};

module.exports = nextConfig;
