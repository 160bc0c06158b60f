import { readFileSync } from "node:fs";
import path from "node:path";
import { parseSubprocessorFile, type Subprocessor, type SubprocessorFile } from "./schema";

export const SUBPROCESSORS_FILE = "content/subprocessors.yaml";

let cached: SubprocessorFile | undefined;

/** The list as written, read once per process (the build and the server read the same file). */
export function loadSubprocessors(file = SUBPROCESSORS_FILE): SubprocessorFile {
  if (file !== SUBPROCESSORS_FILE) return parseSubprocessorFile(readFileSync(file, "utf8"), file);
  cached ??= parseSubprocessorFile(readFileSync(path.join(process.cwd(), file), "utf8"), file);
  return cached;
}

/** Who is on the list on `day` ("YYYY-MM-DD"), and who is announced to join or leave after it. */
export function subprocessorsOn(
  list: SubprocessorFile,
  day: string,
): { current: Subprocessor[]; joining: Subprocessor[]; leaving: Subprocessor[] } {
  const current = list.subprocessors.filter((s) => s.since <= day && (!s.until || s.until > day));
  return {
    current,
    joining: list.subprocessors.filter((s) => s.since > day),
    leaving: current.filter((s) => s.until !== undefined),
  };
}
