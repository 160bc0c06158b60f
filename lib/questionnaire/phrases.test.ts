import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/text/tokenize";
import { analyse } from "./question";

describe("a question's phrases, choices and subject", () => {
  it("keeps words that stand together as one phrase, and ends a phrase at a participle", () => {
    expect(analyse("Is there a host-based firewall on every server?").phrases).toContainEqual(
      tokenize("host firewall"),
    );
    const escorted = analyse("Are visitors to the data center escorted?").phrases;
    expect(
      escorted.some((p) => p.includes(tokenize("data center")[0] ?? "") && p.includes(tokenize("escorted")[0] ?? "")),
    ).toBe(false);
  });

  it("finds the alternatives of a choice: A, B, or a similar C", () => {
    const { alternatives, phrases } = analyse(
      "Do you use Google Cloud, Amazon Web Services, or a similar outsourced data center?",
    );
    expect(alternatives).toHaveLength(1);
    expect(alternatives[0]).toHaveLength(3);
    expect(alternatives[0]?.[1]?.map((i) => phrases[i])).toEqual([tokenize("Amazon Web Services")]);
  });

  it("does not read two questions joined by or as a choice", () => {
    expect(analyse("Are all facilities used by you alone, or are some shared?").alternatives).toEqual([]);
  });

  it("leaves examples and asides out of the topic but keeps their qualifiers", () => {
    const asked = analyse("Are backups encrypted (for example with AES, tested annually)?");
    expect(asked.topic.map((t) => t.word)).not.toContain("aes");
    expect(asked.qualifiers.map((q) => ("key" in q.label ? q.label.key : q.label.said))).toEqual(
      expect.arrayContaining(["tested", "annually"]),
    );
  });

  it("finds the subject a question opens with, and none when it opens with the vendor", () => {
    expect(analyse("Are backups encrypted?").subject).toEqual(tokenize("backups"));
    expect(analyse("Which cloud provider hosts the service?").subject).toContain(tokenize("cloud provider")[0]);
    expect(analyse("Do you encrypt backups?").subject).toEqual([]);
    expect(analyse("Is the service hosted in several regions?").subject).toEqual([]);
    expect(analyse("备份是否加密？").subject).toEqual(tokenize("备份"));
  });
});
