import { readFile } from "node:fs/promises";
import path from "node:path";

// Satori (next/og) draws text with the fonts it is given and has no CJK glyphs of its own.
// Noto Sans SC is split by the package into unicode-range files; load only those this text needs.
// Resolved from the project root: the bundler rewrites require.resolve into a module id.
const packageDir = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc");

type Subset = { file: string; ranges: [number, number][] };

function parseRanges(range: string): [number, number][] {
  return range.split(",").map((part) => {
    const [from = "0", to] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

async function subsets(weight: number): Promise<Subset[]> {
  const css = await readFile(path.join(packageDir, `${weight}.css`), "utf8");
  return Array.from(
    css.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g),
    (m) => ({
      file: m[1] ?? "",
      ranges: parseRanges(m[2] ?? ""),
    }),
  );
}

export type OgFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

export async function fontsFor(text: string, weight: 400 | 700): Promise<OgFont[]> {
  const codes = Array.from(new Set(text)).map((ch) => ch.codePointAt(0) ?? 0);
  const needed = (await subsets(weight)).filter((s) => codes.some((c) => s.ranges.some(([a, b]) => c >= a && c <= b)));
  return Promise.all(
    needed.map(async (s) => {
      const buffer = await readFile(path.join(packageDir, "files", s.file));
      // Satori keeps one font per name and weight, so each subset gets its own family name.
      return {
        name: `Noto Sans SC ${s.file}`,
        data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
        weight,
        style: "normal" as const,
      };
    }),
  );
}
