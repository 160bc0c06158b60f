// "30m", "3h", "1d", "45s" -> milliseconds. Operators write durations; code works in ms.
const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
export const DURATION_PATTERN = /^(\d+(?:\.\d+)?)\s*([smhd])$/;

export function parseDuration(text: string): number | undefined {
  const match = DURATION_PATTERN.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const ms = Number(match[1]) * (UNITS[match[2]] ?? 0);
  return ms > 0 ? ms : undefined;
}

export const minutes = (ms: number) => Math.round(ms / 60_000);
