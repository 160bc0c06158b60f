// AWS's own property lists (resource-schema/, copied from awslabs/aws-config-resource-schema)
// and a reader for the advanced-query expressions the site sends, so tests can check every
// property an expression or a configuration item names against AWS's exact spelling.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const DIR = path.join(import.meta.dirname, "resource-schema");

/** The properties AWS lists for a resource type (`configuration.CreationDate`, …); undefined when no copy is here. */
export function propertyList(resourceType: string): Set<string> | undefined {
  const file = path.join(DIR, `${resourceType.replace(/::/g, "-")}.properties.json`);
  if (!existsSync(file)) return undefined;
  return new Set(Object.keys(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>));
}

export type ParsedExpression = { resourceType: string | undefined; properties: string[] };

const KEYWORDS = new Set([
  "SELECT",
  "WHERE",
  "AND",
  "OR",
  "NOT",
  "IN",
  "LIKE",
  "BETWEEN",
  "IS",
  "NULL",
  "ORDER",
  "BY",
  "GROUP",
  "ASC",
  "DESC",
  "AS",
  "TRUE",
  "FALSE",
  "COUNT",
  "SUM",
  "MIN",
  "MAX",
  "AVG",
]);
const TOKEN = /\s*(?:('(?:[^']|'')*')|([A-Za-z_][A-Za-z0-9_.]*)|(\*|,|\(|\)|=|<>|!=|<=|>=|<|>|-?\d+(?:\.\d+)?))/y;

/**
 * Every property an expression names, in SELECT and WHERE alike, and the resource type its
 * `resourceType = '…'` condition picks. Throws on text it cannot read, so a typo cannot slip by.
 */
export function parseExpression(expression: string): ParsedExpression {
  const tokens: { text: string; kind: "string" | "name" | "symbol" }[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(expression);
    if (!match) {
      if (/^\s*$/.test(expression.slice(start))) break;
      throw new Error(`cannot read "${expression.slice(start, start + 20)}" in: ${expression}`);
    }
    const [, quoted, name, symbol] = match;
    tokens.push(
      quoted !== undefined
        ? { text: quoted, kind: "string" }
        : name !== undefined
          ? { text: name, kind: "name" }
          : { text: symbol ?? "", kind: "symbol" },
    );
  }
  if (tokens[0]?.text.toUpperCase() !== "SELECT") throw new Error(`not a SELECT: ${expression}`);
  const properties = tokens.filter((t) => t.kind === "name" && !KEYWORDS.has(t.text.toUpperCase())).map((t) => t.text);
  const typeAt = tokens.findIndex(
    (t, i) => t.text === "resourceType" && tokens[i + 1]?.text === "=" && tokens[i + 2]?.kind === "string",
  );
  const resourceType = typeAt >= 0 ? tokens[typeAt + 2]?.text.slice(1, -1) : undefined;
  return { resourceType, properties: Array.from(new Set(properties)) };
}

/** The properties an expression names that its resource type's list does not hold (exact case). */
export function unknownProperties(expression: string): string[] {
  const { resourceType, properties } = parseExpression(expression);
  if (!resourceType) return [`(no resourceType condition in: ${expression})`];
  const list = propertyList(resourceType);
  if (!list) return [`(no property list for ${resourceType})`];
  return properties.filter((p) => !list.has(p));
}

/** The property paths of a configuration item's object, as the property list names them (arrays flattened). */
export function propertyPaths(value: unknown, prefix: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => propertyPaths(item, prefix));
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [];
    return entries.flatMap(([key, child]) => propertyPaths(child, `${prefix}.${key}`));
  }
  return [prefix];
}
