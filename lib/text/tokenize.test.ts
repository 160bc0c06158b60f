import { describe, expect, it } from "vitest";
import { tokenize, wordTerms } from "./tokenize";

describe("the tokenizer", () => {
  it("keeps a plural phrase one term: data centers and data center meet", () => {
    expect(tokenize("Do all data centers have guards?")).toEqual(tokenize("Does the data center have guards?"));
    expect(tokenize("data centres")).toEqual(["datacenter"]);
  });

  it("treats single sign-on as one thing, not as signing in", () => {
    expect(tokenize("single sign-on")).toEqual(["sso"]);
    expect(tokenize("single sign-on")).not.toContain(tokenize("sign in")[0]);
  });

  it("meets a word's forms: resume, resumed, resuming; solely and exclusively", () => {
    expect(new Set(tokenize("resume resumed resuming")).size).toBe(1);
    expect(tokenize("exclusively")).toEqual(tokenize("solely"));
  });

  it("finds the same English words with or without Chinese in the text", () => {
    const english = "Don't store 1,000 e.g. ISO 27001:2013 records at www.example.com; café naïve";
    expect(tokenize(`备份 ${english}`)).toEqual(["backup", ...tokenize(english)]);
    expect(tokenize(english)).toContain("1,000");
  });

  it("maps power supply to the power vocabulary", () => {
    expect(tokenize("power supply")).toEqual(tokenize("UPS"));
  });
});

describe("the security vocabulary", () => {
  it("keeps generators apart from what is general or generated", () => {
    expect(tokenize("generators")).toEqual(tokenize("UPS"));
    expect(tokenize("general")).not.toEqual(tokenize("generator"));
    expect(tokenize("generates")).not.toEqual(tokenize("generator"));
  });

  it("reads a named practice as one thing, not as the common words it is made of", () => {
    expect(tokenize("penetration testing")).toHaveLength(1);
    expect(tokenize("penetration testing")).not.toContain(tokenize("tested")[0]);
    expect(tokenize("change management")).not.toContain(tokenize("management")[0]);
    expect(tokenize("encryption keys")).not.toEqual(tokenize("SSH keys"));
    expect(tokenize("water detection")).not.toContain(tokenize("fire")[0]);
  });

  it("meets the words questionnaires use for what the site says: batteries, archiving, egress", () => {
    expect(tokenize("UPS batteries")).toEqual(tokenize("uninterruptible power supply"));
    expect(tokenize("archiving")).toEqual(tokenize("backups"));
    expect(tokenize("egress")).toEqual(tokenize("outbound"));
    expect(tokenize("revoking")).toEqual(tokenize("revoked"));
  });

  it("reads a phrase as whole words, drops possessives and keeps a standard's name as written", () => {
    expect(tokenize("within transit")).not.toContain(tokenize("in transit")[0]);
    expect(tokenize("the agency's data")).toEqual(tokenize("the agency data"));
    expect(wordTerms("a SOC 2 report")[0]?.word).toBe("SOC 2");
  });

  it("says what stands between two words, so phrases can be told apart", () => {
    const [water, system, fire] = wordTerms("water detection system, and fire");
    expect(water?.before.trim()).toBe("");
    expect(system?.before.trim()).toBe("");
    expect(fire?.before).toMatch(/,.*and/);
  });
});
