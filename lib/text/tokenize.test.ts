import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize";

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
