import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/site";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/api/"] }], sitemap: absoluteUrl("/sitemap.xml") };
}
