import type { Metadata } from "next";
import { SiteDocument } from "@/components/layout/site-document";
import { getMessages } from "@/lib/messages";
import { whitepaperPath } from "@/lib/i18n";
import "./globals.css";

export const metadata: Metadata = { title: "404 · Page not found", robots: { index: false } };

// Unmatched URLs have no locale; English frame, both languages' way back.
export default function GlobalNotFound() {
  const en = getMessages("en").notFound;
  const zh = getMessages("zh").notFound;
  return (
    <SiteDocument locale="en">
      <h1 className="text-3xl font-bold">{en.title}</h1>
      <p className="mt-4">
        {en.text} <a className="underline" href={whitepaperPath("en")}>{getMessages("en").whitepaper.title}</a>
      </p>
      <p className="mt-2" lang="zh-CN">
        {zh.text} <a className="underline" href={whitepaperPath("zh")}>{getMessages("zh").whitepaper.title}</a>
      </p>
    </SiteDocument>
  );
}
