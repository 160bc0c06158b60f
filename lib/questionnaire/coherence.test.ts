import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/text/tokenize";
import { coherentTerms, coverageOf, positionsOf, standTogether } from "./coherence";
import { analyse } from "./question";

const weight = () => 1;
const isHead = (t: string) => t !== "system";

describe("where a phrase's words stand together", () => {
  it("covers the head of a phrase and only the words next to it", () => {
    const text = positionsOf([
      tokenize("intrusion detection systems and video surveillance at the perimeter of the data center"),
    ]);
    const [host, intrusion, detection] = tokenize("host intrusion detection");
    expect(coherentTerms([host ?? "", intrusion ?? "", detection ?? ""], text, weight, detection)).toEqual([
      intrusion,
      detection,
    ]);
  });

  it("does not join words from two parts of a unit", () => {
    const parts = positionsOf([tokenize("fire suppression"), tokenize("automatic detection")]);
    expect(standTogether(tokenize("suppression detection"), parts)).toBe(false);
    expect(standTogether(tokenize("automatic detection"), parts)).toBe(true);
  });

  it("counts a choice by its best alternative, and names a missing word the site uses elsewhere", () => {
    const cover = coverageOf(analyse("Do you host on AWS or Azure?"), weight, isHead, () => true);
    const { covered, total } = cover(positionsOf([tokenize("hosted on Amazon Web Services")]));
    expect(covered / total).toBe(1);
    const allowlisting = coverageOf(analyse("Do you support IP allowlisting?"), weight, isHead, () => true);
    expect(allowlisting(positionsOf([tokenize("only allowlisted ports")])).otherKind).toEqual(tokenize("IP"));
  });
});
