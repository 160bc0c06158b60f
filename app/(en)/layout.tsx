import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/site-document";
import { layoutMetadata } from "@/lib/metadata";
import "../globals.css";

export const metadata = layoutMetadata("en");

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="en">{children}</SiteDocument>;
}
