import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The identifiers the demo recording (content/status-demo) carries, read from it so the leak
// scan always looks for what the demo actually holds: account ids, ARNs, resource and rule ids,
// and annotations. Rule names are not among them: the operator publishes those.
const DIR = "content/status-demo";
const KEYS = new Set([
  "ResourceId",
  "resourceId",
  "ConfigRuleId",
  "Annotation",
  "arn",
  "roleARN",
  "ConfigRuleArn",
  "SourceId",
]);

function collect(value: unknown, key: string, into: Set<string>): void {
  if (Array.isArray(value)) return value.forEach((item) => collect(item, key, into));
  if (value && typeof value === "object") return Object.entries(value).forEach(([k, v]) => collect(v, k, into));
  if (typeof value !== "string") return;
  if (/^\s*[{[]/.test(value)) {
    try {
      return collect(JSON.parse(value), key, into);
    } catch {
      // not JSON
    }
  }
  if (KEYS.has(key)) into.add(value);
  for (const match of value.matchAll(/arn:aws[^"\s,]*|(?<![\d.])\d{12}(?![\d.])/g)) into.add(match[0]);
}

export function demoIdentifiers(): string[] {
  const found = new Set<string>(["arn:aws"]);
  for (const file of readdirSync(DIR).filter((name) => /^\d{4}-.*\.json$/.test(name)))
    collect(JSON.parse(readFileSync(path.join(DIR, file), "utf8")), "", found);
  return Array.from(found);
}
