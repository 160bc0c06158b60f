// The one advanced-query shape the fake understands:
//   SELECT <field path>[, <field path>…] WHERE resourceType = '<Type>'
// Keywords are case-insensitive; anything else is an InvalidExpressionException, as AWS reports for
// queries its parser rejects.
import type { FakeConfigurationItem, Scenario } from "./scenario";
import { FakeServiceError } from "./wire";

export type SelectQuery = { fields: string[]; resourceType: string };

const QUERY = /^\s*select\s+([\s\S]+?)\s+where\s+resourceType\s*=\s*'([^']+)'\s*$/i;
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function invalidExpression(expression: string): FakeServiceError {
  return new FakeServiceError("InvalidExpressionException", `The expression '${expression}' is not valid. Check the syntax and try again.`);
}

export function parseSelect(expression: string): SelectQuery {
  const match = QUERY.exec(expression);
  const [, fieldList, resourceType] = match ?? [];
  if (fieldList === undefined || resourceType === undefined) throw invalidExpression(expression);
  const fields = fieldList.split(",").map((field) => field.trim());
  if (!fields.every((field) => FIELD_PATH.test(field))) throw invalidExpression(expression);
  return { fields, resourceType };
}

/** The configuration item as the query engine sees it (AWS names the region `awsRegion`). */
function document(item: FakeConfigurationItem, scenario: Scenario): Record<string, unknown> {
  return {
    accountId: item.accountId ?? scenario.accountId,
    awsRegion: item.region ?? scenario.region,
    resourceId: item.resourceId,
    resourceType: item.resourceType,
    ...(item.resourceName !== undefined && { resourceName: item.resourceName }),
    ...(item.arn !== undefined && { arn: item.arn }),
    configuration: item.configuration,
  };
}

function readPath(source: unknown, path: string[]): unknown {
  let cursor = source;
  for (const step of path) {
    if (typeof cursor !== "object" || cursor === null || Array.isArray(cursor)) return undefined;
    cursor = (cursor as Record<string, unknown>)[step];
  }
  return cursor;
}

function writePath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let cursor = target;
  path.slice(0, -1).forEach((step) => {
    const next = cursor[step];
    if (typeof next === "object" && next !== null && !Array.isArray(next)) {
      cursor = next as Record<string, unknown>;
    } else {
      const created: Record<string, unknown> = {};
      cursor[step] = created;
      cursor = created;
    }
  });
  const last = path[path.length - 1];
  if (last !== undefined) cursor[last] = value;
}

/** Runs the query over `items`, returning each row as AWS does: a JSON string of nested objects. */
export function runSelect(query: SelectQuery, items: readonly FakeConfigurationItem[], scenario: Scenario): string[] {
  return items
    .filter((item) => item.resourceType === query.resourceType)
    .map((item) => {
      const source = document(item, scenario);
      const row: Record<string, unknown> = {};
      for (const field of query.fields) {
        const path = field.split(".");
        const value = readPath(source, path);
        // AWS leaves out fields an item does not have rather than sending null.
        if (value !== undefined) writePath(row, path, value);
      }
      return JSON.stringify(row);
    });
}
