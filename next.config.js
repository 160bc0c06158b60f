// @ts-check
const { sectionRedirects } = require("./lib/content/aliases.cjs");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Multiple root layouts (one per locale, for <html lang>) leave no single layout for a 404.
  experimental: { globalNotFound: true },
  // Sales links to retired section ids keep working: permanent redirects to the section's new home.
  async redirects() {
    return sectionRedirects();
  },
};

module.exports = nextConfig;
