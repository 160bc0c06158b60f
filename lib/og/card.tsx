import { ImageResponse } from "next/og";
import { fontsFor } from "./fonts";

export type OgCardProps = { brand: string; title: string; summary: string; url: string };

export const OG_SIZE = { width: 1200, height: 630 };

/** The preview a chat app or mail client shows for a pasted link: brand, title, summary, URL. */
export async function renderOgCard({ brand, title, summary, url }: OgCardProps): Promise<ImageResponse> {
  const fonts = [...(await fontsFor(`${brand}${url}${summary}`, 400)), ...(await fontsFor(title, 700))];
  const fontFamily = Array.from(new Set(fonts.map((f) => `"${f.name}"`))).join(", ");
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#0f172a",
        color: "#f8fafc",
        fontFamily,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 16, fontSize: 32, color: "#93c5fd" }}>
        <div style={{ width: 20, height: 20, borderRadius: 4, background: "#3b82f6" }} />
        {brand}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        <div style={{ fontSize: 30, lineHeight: 1.4, color: "#cbd5e1" }}>{summary}</div>
      </div>
      <div style={{ fontSize: 24, color: "#94a3b8" }}>{url}</div>
    </div>,
    { ...OG_SIZE, fonts },
  );
}
