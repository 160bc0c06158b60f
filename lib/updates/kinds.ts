// What an update is about. Each kind has its own list page and feeds, and subscribers choose kinds.
export const UPDATE_KINDS = ["security", "subprocessor", "certification", "incident", "policy", "status"] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

export function isUpdateKind(value: string): value is UpdateKind {
  return (UPDATE_KINDS as readonly string[]).includes(value);
}
