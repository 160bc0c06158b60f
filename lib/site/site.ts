import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { parseSiteConfig, type LocalizedSiteConfig } from "./config";

// Read once, when a page or route first needs it: content/site.yaml says who runs the site.
const file = path.join(process.cwd(), "content", "site.yaml");
const config = parseSiteConfig(readFileSync(file, "utf8"), path.relative(process.cwd(), file));

export const site = {
  company: config.company,
  /** Public origin, no trailing slash; canonical URLs, sitemap and security.txt use it. */
  baseUrl: env.SITE_URL.replace(/\/+$/, ""),
  securityContact: config.securityContact,
  securityTxtValidDays: config.securityTxtValidDays,
} as const;

/** The company's texts in one locale: site name, the home page, the whitepaper's lead. */
export function siteText(locale: Locale): LocalizedSiteConfig {
  return config[locale];
}

export function absoluteUrl(pathname: string): string {
  return `${site.baseUrl}${pathname.startsWith("/") ? pathname : `/${pathname}`}`;
}
