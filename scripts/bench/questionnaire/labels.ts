import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import type { Matcher } from "../../../lib/questionnaire/matcher";
import type { Answerability, Labelled } from "./metrics";

// The five development sets (sets/, copied with their licences) and our labels for them
// (labels.csv: which section answers each question, and whether it is answerable clearly,
// partly or not at all, judged against the whitepaper only).

export const BENCH_DIR = path.join("scripts", "bench", "questionnaire");
export const SETS = [
  "vsaq-physical-and-programs",
  "mvsp",
  "nz-gcio105-cloud-vendor",
  "nz-gcio105-simplified",
  "fleet-customer-questions",
] as const;

type Row = Record<string, string>;
const csv = (file: string) => Papa.parse<Row>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;

/** The five sets' questions, in order, without labels or scores. */
export const loadQuestions = (dir = BENCH_DIR): string[] =>
  SETS.flatMap((set) => csv(path.join(dir, "sets", `${set}.csv`)).map((row) => row.question ?? ""));

export function loadLabelled(matcher: Matcher, dir = BENCH_DIR): Labelled[] {
  const labels = new Map(csv(path.join(dir, "labels.csv")).map((r) => [`${r.set}/${r.id}`, r]));
  return SETS.flatMap((set) =>
    csv(path.join(dir, "sets", `${set}.csv`)).map((row) => {
      const label = labels.get(`${set}/${row.id}`);
      if (!label) throw new Error(`${set}/${row.id} has no label in labels.csv`);
      const question = row.question ?? "";
      return {
        set,
        id: row.id ?? "",
        question,
        answerability: label.answerability as Answerability,
        sections: (label.sections ?? "").split(/\s+/).filter(Boolean),
        scored: matcher.score(question),
      };
    }),
  );
}
