// @ts-check
const { readContentRoutes } = require("./lib/content/content-routes.cjs");
const { securityHeaders } = require("./server/headers.cjs");

// `npm run export` builds a fully static site for any CDN or bucket (status baked in at build).
const staticExport = process.env.NEXT_OUTPUT === "export";

// Link previews (chat apps, social sites) embed the Open Graph images from their own origin.
const shareableImages = [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }];

const headers = async () => [
  { source: "/:path*", headers: securityHeaders },
  { source: "/og/:path*", headers: shareableImages },
];

// Each section as data beside its page, in every locale: /security/<id>.md and .json, /zh/security/…
// come from app/site-data/<locale>/. (An export has no rewrites; scripts/export.mjs moves the files there instead.)
// A URL under a locale's prefix that matches no route gets that locale's 404 in its own frame
// (app/(localized)/[locale]/page-not-found/); any other gets the global one (app/global-not-found.tsx).
const rewrites = async () => {
  const { locales } = readContentRoutes();
  return {
    beforeFiles: locales.map(({ locale, whitepaper }) => ({
      source: `${whitepaper}/:file([a-z0-9-]+\\.(?:md|json))`,
      destination: `/site-data/${locale}/:file`,
    })),
    afterFiles: [],
    fallback: locales
      .filter(({ home }) => home !== "/")
      .map(({ home }) => ({ source: `${home}/:path*`, destination: `${home}/page-not-found` })),
  };
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // scripts/serve.mjs compresses after it has cut Next's runtime out of the HTML.
  compress: false,
  // A separate build folder per variant, so an export or a test build never overwrites the site's.
  distDir: process.env.NEXT_DIST_DIR ?? (staticExport ? "out" : ".next"),
  ...(staticExport ? { output: "export" } : {}),
  // Server-only routes (POST /api/feedback) are named
  // *.server.ts(x) and left out of an export.
  pageExtensions: staticExport ? ["tsx", "ts"] : ["tsx", "ts", "server.ts", "server.tsx"],
  // Where the feedback widget posts: this server, or for an export the configured URL (none: hidden).
  env: {
    NEXT_PUBLIC_FEEDBACK_ENDPOINT: staticExport ? (process.env.NEXT_PUBLIC_FEEDBACK_URL ?? "") : "/api/feedback",
    // Gated documents need the server: an export links them to its deployment, or leaves them out.
    NEXT_PUBLIC_DOCUMENTS_MODE: staticExport ? "export" : "server",
    NEXT_PUBLIC_DOCUMENTS_URL: staticExport ? (process.env.NEXT_PUBLIC_DOCUMENTS_URL ?? "") : "",
    // The subscription form likewise: an export shows it only with a server deployment to post to.
    NEXT_PUBLIC_SUBSCRIBE_ENDPOINT: staticExport ? (process.env.NEXT_PUBLIC_SUBSCRIBE_URL ?? "") : "/api/subscribe",
  },
  // Multiple root layouts (one per locale, for <html lang>) leave no single layout for a 404.
  experimental: { globalNotFound: true },
  // Sales links to retired section ids keep working: permanent redirects to the section's new home.
  // (A static export has no server to redirect; scripts/export.mjs writes redirect pages instead.)
  ...(staticExport ? {} : { redirects: async () => readContentRoutes().redirects, headers, rewrites }),
};

module.exports = nextConfig;
