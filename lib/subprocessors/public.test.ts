import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadSubprocessors } from "./load";
import { publicList, subprocessorsJsonSchema } from "./public";
import { parseSubprocessorFile } from "./schema";

// The published list is checked against the published schema by ajv, a validator that is not
// the zod schema both come from.
const validator = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(subprocessorsJsonSchema());
};

describe("/subprocessors.json", () => {
  it("follows the JSON Schema the site publishes", () => {
    const validate = validator();
    const ok = validate(publicList(loadSubprocessors()));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("lists exactly the company's two subprocessors, version 1, nothing invented", () => {
    const list = publicList(loadSubprocessors());
    expect(list.subprocessors.map((s) => [s.id, s.name])).toEqual([
      ["aws", "Amazon Web Services"],
      ["stripe", "Stripe"],
    ]);
    expect(list.version).toBe(1);
    expect(list.lastChange).toBe("2026-11-29");
    expect(list.subprocessors.every((s) => s.location === null && s.transferMechanism === null)).toBe(true);
  });

  it("counts each later change in version and lastChange", () => {
    const text = `noticeDays: 30\nfirstPublished: 2026-11-29\nsubprocessors:\n${[
      "a:2026-11-29:2027-03-01",
      "b:2027-02-01:",
    ]
      .map((e) => {
        const [id, since, until] = e.split(":");
        return `  - { id: ${id}, name: ${id}, website: "https://${id}.example", purpose: { en: p, zh: 用途 }, data: { en: d, zh: 数据 }, since: ${since}${until ? `, until: ${until}` : ""} }`;
      })
      .join("\n")}\n`;
    const list = publicList(parseSubprocessorFile(text, "x.yaml"));
    expect([list.version, list.lastChange]).toEqual([3, "2027-03-01"]);
    expect(validator()(list)).toBe(true);
  });

  it("is refused by the schema when a field is missing or unknown", () => {
    const validate = validator();
    const list = publicList(loadSubprocessors());
    const [first] = list.subprocessors;
    expect(validate({ ...list, subprocessors: [{ ...first, purpose: undefined }] })).toBe(false);
    expect(validate({ ...list, extra: 1 })).toBe(false);
  });
});

describe("content/subprocessors.yaml", () => {
  it("names the file and the field of a mistake", () => {
    expect(() =>
      parseSubprocessorFile(
        "firstPublished: 2026-11-29\nsubprocessors:\n  - { id: x, name: X, website: 'http://x', purpose: { en: a, zh: b }, data: { en: a, zh: b }, since: 2026-11-29 }\n",
        "content/subprocessors.yaml",
      ),
    ).toThrow(/content\/subprocessors\.yaml: subprocessors\.0\.website/);
    expect(() =>
      parseSubprocessorFile(
        "firstPublished: 2026-11-29\nsubprocessors: []\nnoticeDay: 3\n",
        "content/subprocessors.yaml",
      ),
    ).toThrow(/content\/subprocessors\.yaml: .*noticeDay/s);
  });

  it("defaults the notice period to 30 days", () => {
    const list = parseSubprocessorFile(
      "firstPublished: 2026-11-29\nsubprocessors:\n  - { id: x, name: X, website: 'https://x', purpose: { en: a, zh: b }, data: { en: a, zh: b }, since: 2026-11-29 }\n",
      "f.yaml",
    );
    expect(list.noticeDays).toBe(30);
  });
});
