// The one advanced-query shape the local server understands:
//   SELECT <property>[, <property>…] WHERE resourceType = '<Type>'
// Keywords are case-insensitive; anything else is an InvalidExpressionException, as AWS reports
// for queries its parser rejects. Properties are looked up in each configuration item exactly as
// spelled (case-sensitive, as AWS is): a misspelt property finds nothing, as on AWS.
import { type Json, text } from "./account";
import { FakeServiceError } from "./wire";

export type SelectQuery = { fields: string[]; resourceType: string };

const QUERY = /^\s*select\s+([\s\S]+?)\s+where\s+resourceType\s*=\s*'([^']+)'\s*$/i;
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function invalidExpression(expression: string): FakeServiceError {
  return new FakeServiceError(
    "InvalidExpressionException",
    `The expression '${expression}' is not valid. Check the syntax and try again.`,
  );
}

export function parseSelect(expression: string): SelectQuery {
  const [, fieldList, resourceType] = QUERY.exec(expression) ?? [];
  if (fieldList === undefined || resourceType === undefined) throw invalidExpression(expression);
  const fields = fieldList.split(",").map((field) => field.trim());
  if (!fields.every((field) => FIELD_PATH.test(field))) throw invalidExpression(expression);
  return { fields, resourceType };
}

function parsed(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * The configuration item as the query engine sees it. BaseConfigurationItem carries
 * `configuration` and each supplementary configuration as JSON text; queries see them as objects.
 */
function document(item: Json): Json {
  const supplementary = Object.entries((item.supplementaryConfiguration ?? {}) as Json).map(([key, value]) => [
    key,
    parsed(value),
  ]);
  return {
    ...item,
    configuration: parsed(item.configuration),
    supplementaryConfiguration: Object.fromEntries(supplementary),
  };
}

function readPath(source: unknown, path: string[]): unknown {
  let cursor = source;
  for (const step of path) {
    if (typeof cursor !== "object" || cursor === null || Array.isArray(cursor)) return undefined;
    cursor = (cursor as Json)[step];
  }
  return cursor;
}

function writePath(target: Json, path: string[], value: unknown): void {
  let cursor = target;
  for (const step of path.slice(0, -1)) {
    const next = cursor[step];
    cursor = typeof next === "object" && next !== null && !Array.isArray(next) ? (next as Json) : (cursor[step] = {});
  }
  const last = path[path.length - 1];
  if (last !== undefined) cursor[last] = value;
}

/** Runs the query over `items`, returning each row as AWS does: a JSON string of nested objects. */
export function runSelect(query: SelectQuery, items: readonly Json[]): string[] {
  return items
    .filter((item) => text(item, "resourceType") === query.resourceType)
    .map((item) => {
      const source = document(item);
      const row: Json = {};
      for (const field of query.fields) {
        const path = field.split(".");
        const value = readPath(source, path);
        // AWS leaves out fields an item does not have rather than sending null.
        if (value !== undefined) writePath(row, path, value);
      }
      return JSON.stringify(row);
    });
}
