import { tokenize } from "@/lib/text/tokenize";

/** The sentence of a result that shares most terms with the query: the passage shown. */
export function passage(text: string, query: string): string {
  const wanted = new Set(tokenize(query));
  const sentences = text.split(/(?<=[.!?。！？])\s*/);
  let best = sentences[0] ?? "",
    bestScore = -1;
  for (const sentence of sentences) {
    const score = tokenize(sentence).filter((t) => [...wanted].some((w) => t.startsWith(w))).length;
    if (score > bestScore) [best, bestScore] = [sentence, score];
  }
  return best.length > 220 ? `${best.slice(0, 217)}…` : best;
}
