// @ts-check
const { sectionRedirects } = require("./lib/content/aliases.cjs");

// `npm run export` builds a fully static site for any CDN or bucket (status baked in at build).
const staticExport = process.env.NEXT_OUTPUT === "export";

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
  ...(staticExport ? {} : { redirects: async () => sectionRedirects() }),
};

module.exports = nextConfig;
