// Narrowing of request members. The SDK never validates input client-side, so the local server rejects
// malformed members the way the service does (ValidationException / InvalidParameterValueException).
import { FakeServiceError } from "./wire";

export type Input = Record<string, unknown>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function invalid(member: string, value: unknown, constraint: string): FakeServiceError {
  return new FakeServiceError(
    "ValidationException",
    `1 validation error detected: Value ${JSON.stringify(value) ?? "null"} at '${lowerFirst(member)}' failed to satisfy constraint: ${constraint}`,
  );
}

export function optionalString(input: Input, member: string): string | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalid(member, value, "Member must be a string");
  return value;
}

export function requiredString(input: Input, member: string): string {
  const value = optionalString(input, member);
  if (value === undefined || value === "") throw invalid(member, null, "Member must not be null");
  return value;
}

export function optionalStringArray(input: Input, member: string): string[] | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === "string")) {
    throw invalid(member, value, "Member must be a list of strings");
  }
  return value;
}

export function optionalInteger(input: Input, member: string): number | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) throw invalid(member, value, "Member must be an integer");
  return value;
}

export function optionalRecord(input: Input, member: string): Input {
  const value = input[member];
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw invalid(member, value, "Member must be a structure");
  return value;
}
