import type { Metadata } from "next";
import { SiteDocument } from "@/components/layout/site-document";
import { NotFoundContent } from "@/components/pages/not-found-content";
import "./globals.css";

export const metadata: Metadata = { title: "404 · Page not found", robots: { index: false } };

// URLs that match no route at all; they carry no locale, so the English frame is used.
export default function GlobalNotFound() {
  return (
    <SiteDocument locale="en">
      <NotFoundContent locale="en" />
    </SiteDocument>
  );
}
