import { env } from "./env";

// One place for what identifies the company on its trust center. Operators edit this file.
export const site = {
  company: "UpKeep",
  name: { en: "UpKeep Trust Center", zh: "UpKeep 信任中心" },
  /** Public origin, no trailing slash; canonical URLs, sitemap and security.txt use it. */
  baseUrl: env.SITE_URL.replace(/\/+$/, ""),
  /** Where security reports and questions go (security.txt Contact, page footer). */
  securityContact: "security@example.com",
  /** security.txt must expire (RFC 9116 §2.5.5); rebuilding the site renews it. */
  securityTxtValidDays: 180,
} as const;

export function absoluteUrl(path: string): string {
  return `${site.baseUrl}${path.startsWith("/") ? path : `/${path}`}`;
}
